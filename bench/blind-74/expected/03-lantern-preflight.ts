// expect: none
// The preflight list deliberately holds check functions and Promise.all receives this.checks.map((check) => check(wave)), i.e. their results; onTick is handed a callback where a function is expected.
export interface CheckOutcome {
  name: string;
  passed: boolean;
  detail: string;
}

export interface LanternWave {
  waveId: string;
  lanternCount: number;
  fieldId: string;
  scheduledAt: Date;
}

declare const weatherStation: {
  current(fieldId: string): Promise<{ windKph: number; gustKph: number; humidityPct: number }>;
};
declare const permits: {
  isValid(fieldId: string, at: Date): Promise<boolean>;
};
declare const crewRoster: {
  onDuty(fieldId: string): Promise<{ marshals: number; extinguishers: number }>;
};
declare const launchClock: {
  onTick(handler: (now: Date) => Promise<void>): () => void;
};
declare const announcer: {
  say(message: string): Promise<void>;
};

type Check = (wave: LanternWave) => Promise<CheckOutcome>;

const MAX_WIND_KPH = 12;
const MAX_GUST_KPH = 18;
const LANTERNS_PER_MARSHAL = 40;

const windCheck: Check = async (wave) => {
  const w = await weatherStation.current(wave.fieldId);
  const passed = w.windKph <= MAX_WIND_KPH && w.gustKph <= MAX_GUST_KPH;
  return { name: 'wind', passed, detail: `${w.windKph} kph gusting ${w.gustKph}` };
};

const permitCheck: Check = async (wave) => {
  const passed = await permits.isValid(wave.fieldId, wave.scheduledAt);
  return { name: 'permit', passed, detail: passed ? 'permit valid' : 'no valid fire permit' };
};

const crewCheck: Check = async (wave) => {
  const crew = await crewRoster.onDuty(wave.fieldId);
  const needed = Math.ceil(wave.lanternCount / LANTERNS_PER_MARSHAL);
  const passed = crew.marshals >= needed && crew.extinguishers >= 2;
  return { name: 'crew', passed, detail: `${crew.marshals}/${needed} marshals, ${crew.extinguishers} extinguishers` };
};

export class LaunchCoordinator {
  private readonly checks: Check[] = [windCheck, permitCheck, crewCheck];
  private readonly queue: LanternWave[] = [];
  private readonly stopTicking: () => void;
  private launching = false;

  constructor() {
    this.stopTicking = launchClock.onTick(this.launchDue);
  }

  schedule(wave: LanternWave): void {
    this.queue.push(wave);
    this.queue.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  }

  async preflight(wave: LanternWave): Promise<CheckOutcome[]> {
    return Promise.all(this.checks.map((check) => check(wave)));
  }

  private launchDue = async (now: Date): Promise<void> => {
    if (this.launching) return;
    const due = this.queue[0];
    if (!due || due.scheduledAt > now) return;
    this.launching = true;
    try {
      const outcomes = await this.preflight(due);
      const failed = outcomes.filter((o) => !o.passed);
      if (failed.length > 0) {
        await announcer.say(`Wave ${due.waveId} held: ${failed.map((f) => `${f.name} (${f.detail})`).join(', ')}`);
        due.scheduledAt = new Date(now.getTime() + 5 * 60_000);
        this.schedule(this.queue.shift()!);
        return;
      }
      this.queue.shift();
      await announcer.say(`Release wave ${due.waveId}: ${due.lanternCount} lanterns, on my count`);
    } finally {
      this.launching = false;
    }
  };

  shutdown(): void {
    this.stopTicking();
  }
}
