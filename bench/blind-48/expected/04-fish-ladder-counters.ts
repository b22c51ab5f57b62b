// expect: none
// Correct: the backoff helper takes a factory and starts a fresh read each attempt; the shared calibration promise is a deliberate memo, cleared on failure.
import { setTimeout as delay } from 'node:timers/promises';

export interface PassageCount {
  ladderId: string;
  upstream: number;
  downstream: number;
  species: Record<string, number>;
  windowEnd: Date;
}

interface Calibration {
  beamOffsetMm: number;
  minLengthCm: number;
}

declare const resistivityCounter: {
  readWindow(ladderId: string, windowMinutes: number): Promise<PassageCount>;
  calibration(ladderId: string): Promise<Calibration>;
};

async function withBackoff<T>(attempt: () => Promise<T>, tries: number, baseMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries - 1) await delay(baseMs * 2 ** i);
    }
  }
  throw lastError;
}

export class LadderCounter {
  private calibration: Promise<Calibration> | undefined;

  constructor(private readonly ladderId: string) {}

  private loadCalibration(): Promise<Calibration> {
    if (!this.calibration) {
      this.calibration = resistivityCounter.calibration(this.ladderId).catch((err: unknown) => {
        this.calibration = undefined;
        throw err;
      });
    }
    return this.calibration;
  }

  async countWindow(windowMinutes: number): Promise<PassageCount> {
    const calibration = await this.loadCalibration();
    const raw = await withBackoff(() => resistivityCounter.readWindow(this.ladderId, windowMinutes), 4);
    return this.applyCalibration(raw, calibration);
  }

  private applyCalibration(raw: PassageCount, calibration: Calibration): PassageCount {
    const species: Record<string, number> = {};
    for (const [name, n] of Object.entries(raw.species)) {
      if (name === 'unknown' && calibration.minLengthCm > 20) continue;
      species[name] = n;
    }
    return { ...raw, species };
  }
}

export async function dailyNetPassage(counters: LadderCounter[], hours = 24): Promise<number> {
  const windows = await Promise.all(counters.map((c) => c.countWindow(hours * 60)));
  return windows.reduce((net, w) => net + w.upstream - w.downstream, 0);
}
