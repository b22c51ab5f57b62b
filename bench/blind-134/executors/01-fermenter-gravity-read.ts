// expect: none
// Every exit of the child process (error, non-zero close, clean close, timeout) goes through one guarded finish helper that clears the timer and settles exactly once.
import { spawn } from 'node:child_process';

export interface GravityReading {
  vesselId: string;
  specificGravity: number;
  temperatureC: number;
  takenAt: Date;
}

export interface HydrometerOptions {
  binary?: string;
  timeoutMs?: number;
}

function parseReading(vesselId: string, raw: string): GravityReading {
  const [sg, temp] = raw.trim().split(/\s+/);
  const specificGravity = Number.parseFloat(sg ?? '');
  const temperatureC = Number.parseFloat(temp ?? '');
  if (!Number.isFinite(specificGravity) || !Number.isFinite(temperatureC)) {
    throw new Error(`unparseable hydrometer output for ${vesselId}: ${JSON.stringify(raw)}`);
  }
  return { vesselId, specificGravity, temperatureC, takenAt: new Date() };
}

export function readGravity(vesselId: string, opts: HydrometerOptions = {}): Promise<GravityReading> {
  const binary = opts.binary ?? '/usr/local/bin/hydrometer';
  const timeoutMs = opts.timeoutMs ?? 5_000;

  return new Promise<GravityReading>((resolve, reject) => {
    const child = spawn(binary, ['--vessel', vesselId, '--format', 'plain']);
    let stdout = '';
    let stderr = '';
    let done = false;

    const finish = (err: Error | null, reading?: GravityReading): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(reading!);
    };

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`hydrometer on ${vesselId} timed out after ${timeoutMs}ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        finish(new Error(`hydrometer exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        finish(null, parseReading(vesselId, stdout));
      } catch (err) {
        finish(err as Error);
      }
    });
  });
}

export async function readAllVessels(
  vesselIds: readonly string[],
  opts?: HydrometerOptions,
): Promise<Map<string, GravityReading>> {
  const out = new Map<string, GravityReading>();
  // The hydrometer bus only tolerates one reader at a time.
  for (const id of vesselIds) {
    out.set(id, await readGravity(id, opts));
  }
  return out;
}

export function attenuation(original: GravityReading, current: GravityReading): number {
  const og = original.specificGravity - 1;
  if (og <= 0) return 0;
  return Math.round(((original.specificGravity - current.specificGravity) / og) * 1000) / 10;
}
