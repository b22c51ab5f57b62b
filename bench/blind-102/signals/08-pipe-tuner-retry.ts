// expect: none
// The retry loop only retries real tuner failures: its catch rethrows immediately once the signal is aborted, and both the tuner subprocess (execFile's signal option) and the backoff sleep receive the signal, so cancellation is never retried or swallowed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const execFileAsync = promisify(execFile);

export interface TuningTarget {
  rank: string;
  note: string;
  hz: number;
}

export interface TunerReading {
  measuredHz: number;
  cents: number;
  stable: boolean;
}

export interface TuneOptions {
  signal: AbortSignal;
  attempts?: number;
  tunerBinary?: string;
}

function parseTunerOutput(stdout: string, target: TuningTarget): TunerReading {
  const match = /freq=([\d.]+)\s+stable=(yes|no)/.exec(stdout);
  if (!match) throw new Error(`unreadable tuner output for ${target.rank} ${target.note}`);
  const measuredHz = Number(match[1]);
  return { measuredHz, cents: 1200 * Math.log2(measuredHz / target.hz), stable: match[2] === 'yes' };
}

export async function measurePipe(target: TuningTarget, opts: TuneOptions): Promise<TunerReading> {
  const attempts = opts.attempts ?? 3;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const { stdout } = await execFileAsync(
        opts.tunerBinary ?? 'strobe-tuner',
        ['--listen', '3', '--ref', target.hz.toFixed(3)],
        { signal: opts.signal, timeout: 10_000 },
      );
      const reading = parseTunerOutput(stdout, target);
      if (reading.stable) return reading;
      lastError = new Error(`pitch of ${target.note} still wavering`);
    } catch (err) {
      if (opts.signal.aborted) throw err;
      lastError = err;
    }
    if (attempt < attempts) {
      await sleep(500 * attempt, undefined, { signal: opts.signal });
    }
  }
  throw new Error(`could not measure ${target.rank} ${target.note} after ${attempts} attempts`, { cause: lastError });
}

export async function measureRank(targets: TuningTarget[], opts: TuneOptions): Promise<Map<string, TunerReading>> {
  const readings = new Map<string, TunerReading>();
  for (const target of targets) {
    readings.set(target.note, await measurePipe(target, opts));
  }
  return readings;
}
