// expect: none
// Promises are compared by identity only to deduplicate in-flight loads (a real identity check), and their values are always awaited before use.
export interface TuningProfile {
  instrumentId: string;
  pitchOffsetHz: number;
  volumeCurve: number[];
  revision: number;
}

declare const profileService: {
  fetch(instrumentId: string): Promise<TuningProfile>;
};

declare const oscillatorBench: {
  measurePitch(instrumentId: string, handDistanceMm: number): Promise<number>;
  applyOffset(instrumentId: string, hz: number): Promise<void>;
};

export class ProfileCache {
  private readonly inflight = new Map<string, Promise<TuningProfile>>();
  private readonly loaded = new Map<string, TuningProfile>();

  load(instrumentId: string): Promise<TuningProfile> {
    const existing = this.inflight.get(instrumentId);
    if (existing) return existing;

    const request = profileService
      .fetch(instrumentId)
      .then((profile) => {
        const cached = this.loaded.get(instrumentId);
        if (!cached || cached.revision < profile.revision) {
          this.loaded.set(instrumentId, profile);
        }
        return this.loaded.get(instrumentId) ?? profile;
      })
      .finally(() => {
        if (this.inflight.get(instrumentId) === request) {
          this.inflight.delete(instrumentId);
        }
      });
    this.inflight.set(instrumentId, request);
    return request;
  }

  invalidate(instrumentId: string): void {
    this.inflight.delete(instrumentId);
    this.loaded.delete(instrumentId);
  }

  peek(instrumentId: string): TuningProfile | undefined {
    return this.loaded.get(instrumentId);
  }
}

const REFERENCE_A4_HZ = 440;

export async function calibrate(cache: ProfileCache, instrumentId: string): Promise<number> {
  const profile = await cache.load(instrumentId);
  const measured = await oscillatorBench.measurePitch(instrumentId, 300);
  const drift = measured - REFERENCE_A4_HZ - profile.pitchOffsetHz;

  if (Math.abs(drift) < 0.5) return 0;
  const correction = Number((-drift).toFixed(2));
  await oscillatorBench.applyOffset(instrumentId, correction);
  return correction;
}

export async function calibrateEnsemble(cache: ProfileCache, instrumentIds: string[]): Promise<Record<string, number>> {
  const corrections: Record<string, number> = {};
  for (const id of instrumentIds) {
    corrections[id] = await calibrate(cache, id);
  }
  const changed = Object.values(corrections).filter((hz) => hz !== 0).length;
  if (changed > instrumentIds.length / 2) {
    for (const id of instrumentIds) cache.invalidate(id);
  }
  return corrections;
}
