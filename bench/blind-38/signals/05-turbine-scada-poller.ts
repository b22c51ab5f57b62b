// expect: no-swallowed-abort
// readTurbine wraps every failure, including the AbortError raised when stop() aborts, in a generic TelemetryUnavailableError, so shutdown marks turbines as faulted.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TurbineTelemetry {
  turbineId: string;
  windMs: number;
  rotorRpm: number;
  powerKw: number;
  nacelleTempC: number;
  status: 'producing' | 'idling' | 'curtailed' | 'stopped';
}

export class TelemetryUnavailableError extends Error {
  constructor(readonly turbineId: string, options?: ErrorOptions) {
    super(`telemetry unavailable for ${turbineId}`, options);
  }
}

declare const scada: { baseUrl: string };
declare const faultBoard: {
  markUnreachable(turbineId: string, since: Date): void;
  clear(turbineId: string): void;
};
declare const telemetrySink: { push(sample: TurbineTelemetry): void };

export async function readTurbine(turbineId: string, signal: AbortSignal): Promise<TurbineTelemetry> {
  try {
    const res = await fetch(`${scada.baseUrl}/turbines/${turbineId}/live`, { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as TurbineTelemetry;
  } catch (err) {
    throw new TelemetryUnavailableError(turbineId, { cause: err });
  }
}

export class ScadaPoller {
  private controller = new AbortController();
  private misses = new Map<string, number>();

  constructor(
    private readonly turbineIds: readonly string[],
    private readonly intervalMs = 5_000,
    private readonly missesBeforeFault = 3,
  ) {}

  async run(): Promise<void> {
    const { signal } = this.controller;
    while (!signal.aborted) {
      const started = Date.now();
      for (const id of this.turbineIds) {
        try {
          const sample = await readTurbine(id, signal);
          this.misses.delete(id);
          faultBoard.clear(id);
          telemetrySink.push(sample);
        } catch (err) {
          if (!(err instanceof TelemetryUnavailableError)) throw err;
          const misses = (this.misses.get(id) ?? 0) + 1;
          this.misses.set(id, misses);
          if (misses >= this.missesBeforeFault) faultBoard.markUnreachable(id, new Date());
        }
      }
      const wait = Math.max(0, this.intervalMs - (Date.now() - started));
      await sleep(wait, undefined, { signal });
    }
  }

  stop(): void {
    this.controller.abort();
  }
}
