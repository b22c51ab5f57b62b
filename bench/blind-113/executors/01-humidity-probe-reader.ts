// expect: none
// The spawn wrapper funnels error, close and timeout through one guarded finish function that clears the timer, so the promise settles exactly once on every path.
import { spawn } from 'node:child_process';

export interface ProbeReading {
  roomId: string;
  relativeHumidity: number;
  co2ppm: number;
  substrateTempC: number;
  takenAt: Date;
}

export interface ProbeOptions {
  binary?: string;
  timeoutMs?: number;
}

const DEFAULT_BINARY = '/opt/fruiting/bin/probe-read';

function parseProbeOutput(roomId: string, raw: string): ProbeReading {
  const fields = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const [key, value] = line.split('=');
    if (key && value !== undefined) fields.set(key.trim(), value.trim());
  }
  const rh = Number(fields.get('RH'));
  const co2 = Number(fields.get('CO2'));
  const temp = Number(fields.get('TSUB'));
  if ([rh, co2, temp].some((n) => Number.isNaN(n))) {
    throw new Error(`probe output for ${roomId} is incomplete`);
  }
  return { roomId, relativeHumidity: rh, co2ppm: co2, substrateTempC: temp, takenAt: new Date() };
}

export function readProbe(roomId: string, options: ProbeOptions = {}): Promise<ProbeReading> {
  const binary = options.binary ?? DEFAULT_BINARY;
  const timeoutMs = options.timeoutMs ?? 8_000;

  return new Promise<ProbeReading>((resolve, reject) => {
    const child = spawn(binary, ['--room', roomId, '--format', 'kv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let done = false;

    const finish = (err: Error | null, reading?: ProbeReading) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err || !reading) reject(err ?? new Error(`probe ${roomId} produced no reading`));
      else resolve(reading);
    };

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`probe ${roomId} did not answer within ${timeoutMs}ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => finish(err));
    child.once('close', (code, signal) => {
      if (code !== 0) {
        finish(new Error(`probe ${roomId} exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        finish(null, parseProbeOutput(roomId, stdout));
      } catch (err) {
        finish(err as Error);
      }
    });
  });
}

export async function readAllRooms(roomIds: string[], options?: ProbeOptions): Promise<ProbeReading[]> {
  const readings: ProbeReading[] = [];
  for (const id of roomIds) {
    // the probe bus is shared, so rooms are read one after another
    readings.push(await readProbe(id, options));
  }
  return readings;
}
