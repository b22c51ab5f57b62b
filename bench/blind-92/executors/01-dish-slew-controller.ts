// expect: none
// The spawned slew process is wrapped with once('error') and once('close'); every path (spawn failure, non-zero code, signal kill, timeout) settles exactly once via finish().
import { spawn } from 'node:child_process';

export interface SlewTarget {
  dishId: string;
  azimuthDeg: number;
  elevationDeg: number;
}

export interface SlewResult {
  dishId: string;
  durationMs: number;
  log: string[];
}

const SLEW_BINARY = process.env.SLEW_BINARY ?? '/opt/array/bin/slewctl';

export class SlewError extends Error {
  constructor(
    message: string,
    readonly dishId: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'SlewError';
  }
}

export function slewDish(target: SlewTarget, timeoutMs = 90_000): Promise<SlewResult> {
  return new Promise<SlewResult>((resolve, reject) => {
    const started = Date.now();
    const log: string[] = [];
    const child = spawn(SLEW_BINARY, [
      '--dish', target.dishId,
      '--az', target.azimuthDeg.toFixed(3),
      '--el', target.elevationDeg.toFixed(3),
    ]);

    let done = false;
    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      if (err) reject(err);
      else resolve({ dishId: target.dishId, durationMs: Date.now() - started, log });
    };

    const watchdog = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new SlewError(`slew of ${target.dishId} exceeded ${timeoutMs}ms`, target.dishId, null));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.trim()) log.push(line.trim());
      }
    });

    child.once('error', (err) => {
      finish(new SlewError(`could not start slewctl: ${err.message}`, target.dishId, null));
    });

    child.once('close', (code, signal) => {
      if (code === 0) {
        finish(null);
      } else if (signal) {
        finish(new SlewError(`slewctl killed by ${signal}`, target.dishId, null));
      } else {
        const tail = log.slice(-3).join(' | ');
        finish(new SlewError(`slewctl exited ${code}: ${tail}`, target.dishId, code));
      }
    });
  });
}

export async function slewArray(targets: SlewTarget[]): Promise<SlewResult[]> {
  const results: SlewResult[] = [];
  // Dishes share a hydraulic bus, so slew them one at a time.
  for (const target of targets) {
    results.push(await slewDish(target));
  }
  return results;
}
