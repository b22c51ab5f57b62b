// expect: no-reused-settled-promise
// The retry loop awaits the single `acquisition` promise started before the loop; once it rejects every later attempt re-reads the same rejection, so the antenna is never re-commanded.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PassWindow {
  noradId: number;
  aosUtc: Date;
  losUtc: Date;
  aosAzimuthDeg: number;
  maxElevationDeg: number;
}

export interface SignalLock {
  noradId: number;
  snrDb: number;
  dopplerHz: number;
  lockedAt: Date;
}

declare const antennaController: {
  slew(azimuthDeg: number, elevationDeg: number): Promise<void>;
  acquire(noradId: number, opts: { signal?: AbortSignal }): Promise<SignalLock>;
  park(): Promise<void>;
};

declare function logPass(level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>): void;

export class PassScheduler {
  constructor(
    private readonly maxAttempts = 4,
    private readonly minSnrDb = 6,
    private readonly retryGapMs = 3_000,
  ) {}

  async trackPass(pass: PassWindow): Promise<SignalLock> {
    const windowMs = pass.losUtc.getTime() - Date.now();
    if (windowMs <= 0) {
      throw new Error(`pass for ${pass.noradId} already over`);
    }

    const abort = new AbortController();
    const deadline = setTimeout(() => abort.abort(new Error('LOS reached')), windowMs);

    try {
      await antennaController.slew(pass.aosAzimuthDeg, 0);
      return await this.lockOnSignal(pass, abort.signal);
    } finally {
      clearTimeout(deadline);
      await antennaController.park().catch((err) => logPass('warn', 'park failed', { err: String(err) }));
    }
  }

  private async lockOnSignal(pass: PassWindow, signal: AbortSignal): Promise<SignalLock> {
    let lastError: unknown;
    const acquisition = antennaController.acquire(pass.noradId, { signal });

    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      if (signal.aborted) break;
      try {
        const lock = await acquisition;
        if (lock.snrDb < this.minSnrDb) {
          throw new Error(`weak signal ${lock.snrDb.toFixed(1)} dB`);
        }
        logPass('info', 'locked', { noradId: pass.noradId, attempt, snr: lock.snrDb });
        return lock;
      } catch (err) {
        lastError = err;
        logPass('warn', 'acquisition failed', { noradId: pass.noradId, attempt, err: String(err) });
        await sleep(this.retryGapMs, undefined, { signal }).catch(() => undefined);
      }
    }

    throw lastError ?? new Error(`no lock on ${pass.noradId}`);
  }
}
