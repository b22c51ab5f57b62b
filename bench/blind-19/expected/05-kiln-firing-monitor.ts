// expect: none
// The same child-exit promise is intentionally raced again on every tick; it is a single event being waited on, not a retry.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface KilnSample {
  readonly at: number;
  readonly tempC: number;
  readonly setpointC: number;
}

export interface FiringSummary {
  readonly exitCode: number | null;
  readonly peakC: number;
  readonly samples: number;
}

declare function readThermocouple(kilnId: string): Promise<KilnSample>;
declare function reportToStudio(kilnId: string, sample: KilnSample): void;

const TICK = Symbol('tick');

export async function runFiringSchedule(
  kilnId: string,
  schedulePath: string,
  opts: { tickMs?: number; overTempC?: number } = {},
): Promise<FiringSummary> {
  const tickMs = opts.tickMs ?? 5_000;
  const overTempC = opts.overTempC ?? 1_260;

  const controller = spawn('kilnctl', ['run', '--kiln', kilnId, '--schedule', schedulePath], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });

  const exited = once(controller, 'exit').then(([code]) => code as number | null);
  const failedToStart = once(controller, 'error').then(([err]) => {
    throw err as Error;
  });

  let peakC = 0;
  let samples = 0;

  for (;;) {
    const outcome = await Promise.race([exited, failedToStart, delay(tickMs, TICK)]);
    if (outcome !== TICK) {
      return { exitCode: outcome, peakC, samples };
    }

    const sample = await readThermocouple(kilnId);
    samples++;
    peakC = Math.max(peakC, sample.tempC);
    reportToStudio(kilnId, sample);

    if (sample.tempC > overTempC) {
      controller.kill('SIGTERM');
      const code = await exited;
      return { exitCode: code, peakC, samples };
    }
  }
}

export async function fireAll(kilns: ReadonlyArray<{ id: string; schedule: string }>): Promise<Map<string, FiringSummary | Error>> {
  const results = new Map<string, FiringSummary | Error>();
  const settled = await Promise.allSettled(kilns.map((k) => runFiringSchedule(k.id, k.schedule)));
  settled.forEach((r, i) => {
    results.set(kilns[i].id, r.status === 'fulfilled' ? r.value : (r.reason as Error));
  });
  return results;
}
