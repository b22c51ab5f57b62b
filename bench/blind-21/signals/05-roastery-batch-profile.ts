// expect: no-swallowed-abort
// The catch in loadProfile rewraps every failure, including the AbortError from fetch, as a RoastProfileError so callers can't tell a cancel from a failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RoastCurvePoint {
  second: number;
  beanTempC: number;
  airflowPct: number;
  gasPct: number;
}

export interface RoastProfile {
  batchId: string;
  origin: string;
  chargeTempC: number;
  dropTempC: number;
  curve: RoastCurvePoint[];
}

export class RoastProfileError extends Error {
  constructor(
    readonly batchId: string,
    detail: string,
  ) {
    super(`Could not load roast profile for batch ${batchId}: ${detail}`);
    this.name = 'RoastProfileError';
  }
}

declare const roaster: {
  preheat(targetC: number, opts: { signal?: AbortSignal }): Promise<void>;
  charge(profile: RoastProfile, opts: { signal?: AbortSignal }): Promise<{ dropAt: Date }>;
};

export class BatchRunner {
  constructor(
    private readonly profilesUrl: string,
    private readonly apiKey: string,
  ) {}

  async loadProfile(batchId: string, signal: AbortSignal): Promise<RoastProfile> {
    try {
      const res = await fetch(`${this.profilesUrl}/batches/${batchId}/profile`, {
        headers: { 'x-api-key': this.apiKey },
        signal,
      });
      if (!res.ok) {
        throw new Error(`HTTP ${res.status}`);
      }
      const profile = (await res.json()) as RoastProfile;
      if (!profile.curve?.length) {
        throw new Error('profile has no curve points');
      }
      return profile;
    } catch (err) {
      throw new RoastProfileError(batchId, err instanceof Error ? err.message : String(err));
    }
  }

  async run(batchId: string, signal: AbortSignal): Promise<{ batchId: string; dropAt: Date }> {
    const profile = await this.loadProfile(batchId, signal);
    await roaster.preheat(profile.chargeTempC, { signal });
    // Let the drum temperature settle before charging green beans.
    await sleep(30_000, undefined, { signal });
    const { dropAt } = await roaster.charge(profile, { signal });
    return { batchId, dropAt };
  }
}

export async function runShift(runner: BatchRunner, batchIds: string[], signal: AbortSignal) {
  const completed: string[] = [];
  const failed: { batchId: string; error: string }[] = [];
  for (const id of batchIds) {
    try {
      await runner.run(id, signal);
      completed.push(id);
    } catch (err) {
      if (err instanceof RoastProfileError) {
        failed.push({ batchId: id, error: err.message });
        continue;
      }
      throw err;
    }
  }
  return { completed, failed };
}
