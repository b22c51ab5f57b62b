// expect: none
// The executor listens for both 'error' and 'close', rejects on non-zero exit and signals, and a settled guard plus a cleared kill timer stop a second settle when 'close' follows 'error'.
import { spawn } from 'node:child_process';

export interface RotationStatus {
  station: string;
  rpm: number;
  lampHours: number;
  shutterOk: boolean;
}

export interface ProbeOptions {
  binary?: string;
  timeoutMs?: number;
}

export class LampProbeError extends Error {
  constructor(
    message: string,
    readonly station: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'LampProbeError';
  }
}

export function probeRotation(station: string, options: ProbeOptions = {}): Promise<RotationStatus> {
  const binary = options.binary ?? '/usr/local/bin/lampctl';
  const timeoutMs = options.timeoutMs ?? 8_000;

  return new Promise<RotationStatus>((resolve, reject) => {
    const child = spawn(binary, ['status', '--station', station, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;

    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      fn();
    };

    const killTimer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new LampProbeError(`lampctl timed out after ${timeoutMs}ms`, station, '')));
    }, timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));

    // ENOENT / EACCES: Node emits 'error' and then usually 'close' as well.
    child.on('error', (e) => {
      finish(() => reject(new LampProbeError(`could not start lampctl: ${e.message}`, station, '')));
    });

    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) {
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        finish(() => reject(new LampProbeError(`lampctl failed (${why})`, station, stderr)));
        return;
      }
      try {
        const parsed = JSON.parse(Buffer.concat(out).toString('utf8')) as Partial<RotationStatus>;
        finish(() =>
          resolve({
            station,
            rpm: Number(parsed.rpm ?? 0),
            lampHours: Number(parsed.lampHours ?? 0),
            shutterOk: parsed.shutterOk === true,
          }),
        );
      } catch (parseError) {
        finish(() => reject(new LampProbeError(`unreadable lampctl output: ${String(parseError)}`, station, stderr)));
      }
    });
  });
}

export async function probeAll(stations: string[]): Promise<Map<string, RotationStatus | Error>> {
  const results = new Map<string, RotationStatus | Error>();
  for (const station of stations) {
    try {
      results.set(station, await probeRotation(station));
    } catch (e) {
      results.set(station, e instanceof Error ? e : new Error(String(e)));
    }
  }
  return results;
}
