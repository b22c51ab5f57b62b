// expect: none
// ensureHot() intentionally shares one in-flight warm-up between callers and forgets it on failure, and the pressure poll calls readPressure() afresh on every iteration.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SteamProfile {
  blockSize: number; // hat size in cm
  material: 'wool-felt' | 'fur-felt' | 'straw' | 'sinamay';
  steamSeconds: number;
}

export interface BlockingResult {
  orderId: string;
  profile: SteamProfile;
  finalPressureKPa: number;
  steamedAt: Date;
}

declare const boiler: {
  heatTo(celsius: number): Promise<void>;
  readPressure(): Promise<number>;
  openValve(seconds: number): Promise<void>;
};

declare const workshopQueue: {
  next(): Promise<{ orderId: string; profile: SteamProfile } | undefined>;
  done(result: BlockingResult): Promise<void>;
};

const WORKING_TEMP_C = 104;
const MIN_PRESSURE_KPA = 118;
const PRESSURE_POLL_MS = 750;
const PRESSURE_TIMEOUT_MS = 90_000;

const MATERIAL_FACTOR: Record<SteamProfile['material'], number> = {
  'wool-felt': 1,
  'fur-felt': 1.3,
  straw: 0.6,
  sinamay: 0.4,
};

export class HatBlockSteamer {
  private warmup: Promise<void> | undefined;

  ensureHot(): Promise<void> {
    this.warmup ??= boiler.heatTo(WORKING_TEMP_C).catch((err: unknown) => {
      this.warmup = undefined;
      throw err;
    });
    return this.warmup;
  }

  private async waitForPressure(): Promise<number> {
    const deadline = Date.now() + PRESSURE_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const kPa = await boiler.readPressure();
      if (kPa >= MIN_PRESSURE_KPA) return kPa;
      await sleep(PRESSURE_POLL_MS);
    }
    throw new Error(`boiler stayed below ${MIN_PRESSURE_KPA} kPa for ${PRESSURE_TIMEOUT_MS / 1000} s`);
  }

  async steam(orderId: string, profile: SteamProfile): Promise<BlockingResult> {
    await this.ensureHot();
    const finalPressureKPa = await this.waitForPressure();
    const seconds = Math.round(profile.steamSeconds * MATERIAL_FACTOR[profile.material]);
    await boiler.openValve(seconds);
    return { orderId, profile, finalPressureKPa, steamedAt: new Date() };
  }

  async drainQueue(limit = Infinity): Promise<number> {
    let processed = 0;
    while (processed < limit) {
      const job = await workshopQueue.next();
      if (!job) break;
      const result = await this.steam(job.orderId, job.profile);
      await workshopQueue.done(result);
      processed++;
    }
    return processed;
  }
}
