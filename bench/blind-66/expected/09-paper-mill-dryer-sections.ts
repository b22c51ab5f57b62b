// expect: none
// Jobs are registered with bound method references where a function is expected, and retry() calls its factory anew on every attempt instead of re-awaiting one promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DryerCan {
  section: number;
  can: number;
  surfaceTempC: number;
  steamPressureKpa: number;
}

export interface MoistureProfile {
  reel: string;
  crossDirection: number[];
  meanPct: number;
}

type Job = () => Promise<void>;

declare const millDcs: {
  readCans(section: number): Promise<DryerCan[]>;
  setSteam(section: number, kpa: number): Promise<void>;
  scanMoisture(): Promise<MoistureProfile>;
};

declare const shiftScheduler: {
  every(name: string, intervalMs: number, job: Job): void;
};

class DcsBusyError extends Error {}

async function retry<T>(operation: () => Promise<T>, attempts = 3, backoffMs = 400): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      if (!(err instanceof DcsBusyError) || attempt >= attempts) throw err;
      await sleep(backoffMs * attempt);
    }
  }
}

export class DryerSectionController {
  private readonly sections: number[];
  private lastProfile?: MoistureProfile;

  constructor(sectionCount: number, private readonly targetMoisturePct = 7.5) {
    this.sections = Array.from({ length: sectionCount }, (_, i) => i + 1);
  }

  register(): void {
    shiftScheduler.every('dryer-moisture-trim', 60_000, this.trimSteam.bind(this));
    shiftScheduler.every('dryer-can-survey', 15 * 60_000, this.surveyCans.bind(this));
  }

  async trimSteam(): Promise<void> {
    const profile = await retry(() => millDcs.scanMoisture());
    this.lastProfile = profile;
    const error = profile.meanPct - this.targetMoisturePct;
    if (Math.abs(error) < 0.2) return;

    const lastSection = this.sections[this.sections.length - 1];
    const cans = await retry(() => millDcs.readCans(lastSection));
    const currentKpa = cans.reduce((sum, can) => sum + can.steamPressureKpa, 0) / cans.length;
    const adjusted = Math.min(900, Math.max(150, currentKpa + error * 35));
    await retry(() => millDcs.setSteam(lastSection, adjusted));
  }

  async surveyCans(): Promise<void> {
    const perSection = await Promise.all(this.sections.map((section) => retry(() => millDcs.readCans(section))));
    const cold = perSection.flat().filter((can) => can.surfaceTempC < 95);
    if (cold.length > 0) {
      const list = cold.map((c) => `${c.section}/${c.can}`).join(', ');
      throw new Error(`dryer cans below 95C (possible condensate flooding): ${list}`);
    }
  }

  get latestReel(): string | undefined {
    return this.lastProfile?.reel;
  }
}
