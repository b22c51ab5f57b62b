// expect: none
// Correct: async work inside the executor is wrapped in try/catch, the interval and abort listener are removed on every settle path, and a guard prevents double settlement.
export interface SnowpackReading {
  stationId: string;
  depthCm: number;
  settlementCmPerHour: number;
  takenAt: number;
}

declare const snowNet: {
  latest(stationId: string): Promise<SnowpackReading>;
};

export interface StabilityOptions {
  stationId: string;
  maxSettlementCmPerHour: number;
  consecutiveSamples: number;
  pollMs?: number;
  signal?: AbortSignal;
}

export class SnowpackWatch {
  private history: SnowpackReading[] = [];

  readings(): readonly SnowpackReading[] {
    return this.history;
  }

  waitForStability(opts: StabilityOptions): Promise<SnowpackReading> {
    const { stationId, maxSettlementCmPerHour, consecutiveSamples, pollMs = 60_000, signal } = opts;

    return new Promise<SnowpackReading>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason ?? new Error('aborted'));
        return;
      }

      let calmStreak = 0;
      let done = false;
      let inFlight = false;

      const cleanup = () => {
        done = true;
        clearInterval(timer);
        signal?.removeEventListener('abort', onAbort);
      };

      const onAbort = () => {
        if (done) return;
        cleanup();
        reject(signal?.reason ?? new Error('aborted'));
      };

      const tick = async () => {
        if (done || inFlight) return;
        inFlight = true;
        try {
          const reading = await snowNet.latest(stationId);
          if (done) return;
          this.history.push(reading);
          calmStreak = reading.settlementCmPerHour <= maxSettlementCmPerHour ? calmStreak + 1 : 0;
          if (calmStreak >= consecutiveSamples) {
            cleanup();
            resolve(reading);
          }
        } catch (err) {
          if (done) return;
          cleanup();
          reject(err);
        } finally {
          inFlight = false;
        }
      };

      const timer = setInterval(() => void tick(), pollMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      void tick();
    });
  }
}

export async function clearSlopeForControlWork(stationId: string, signal: AbortSignal): Promise<string> {
  const watch = new SnowpackWatch();
  const reading = await watch.waitForStability({
    stationId,
    maxSettlementCmPerHour: 0.5,
    consecutiveSamples: 3,
    signal,
  });
  return `${stationId}: stable at ${reading.depthCm}cm (${watch.readings().length} samples)`;
}
