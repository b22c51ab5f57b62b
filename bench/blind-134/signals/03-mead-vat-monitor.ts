// expect: none
// Transient controller errors are retried with a backoff that listens to the signal, while an AbortError or an already aborted signal is rethrown as-is.
import { setTimeout as delay } from 'node:timers/promises';

export interface VatState {
  vatId: string;
  tempC: number;
  gravity: number;
  jacketValveOpenPct: number;
}

export interface VatController {
  readState(vatId: string, opts: { signal?: AbortSignal }): Promise<VatState>;
  setJacketValve(vatId: string, pct: number, opts: { signal?: AbortSignal }): Promise<void>;
}

export class TransientControllerError extends Error {
  override name = 'TransientControllerError';
}

export interface MonitorOptions {
  targetC: number;
  bandC?: number;
  maxRetries?: number;
  signal: AbortSignal;
}

export class VatMonitor {
  constructor(private readonly controller: VatController) {}

  private async readWithRetry(vatId: string, opts: MonitorOptions): Promise<VatState> {
    const maxRetries = opts.maxRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.controller.readState(vatId, { signal: opts.signal });
      } catch (err) {
        if ((err as Error).name === 'AbortError' || opts.signal.aborted) throw err;
        if (!(err instanceof TransientControllerError) || attempt >= maxRetries) throw err;
        await delay(200 * (attempt + 1), undefined, { signal: opts.signal });
      }
    }
  }

  async regulate(vatId: string, opts: MonitorOptions): Promise<VatState> {
    const band = opts.bandC ?? 0.5;
    const state = await this.readWithRetry(vatId, opts);
    const error = state.tempC - opts.targetC;

    let valve = state.jacketValveOpenPct;
    if (error > band) valve = Math.min(100, valve + Math.ceil(error * 10));
    else if (error < -band) valve = Math.max(0, valve - Math.ceil(-error * 10));

    if (valve !== state.jacketValveOpenPct) {
      await this.controller.setJacketValve(vatId, valve, { signal: opts.signal });
    }
    return { ...state, jacketValveOpenPct: valve };
  }

  async watch(vatId: string, opts: MonitorOptions, everyMs = 60_000): Promise<void> {
    while (!opts.signal.aborted) {
      await this.regulate(vatId, opts);
      await delay(everyMs, undefined, { signal: opts.signal });
    }
  }
}

export function abv(originalGravity: number, finalGravity: number): number {
  return Math.round((originalGravity - finalGravity) * 131.25 * 100) / 100;
}
