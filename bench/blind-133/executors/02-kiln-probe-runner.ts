// expect: no-multiple-settle
// When the probe is killed by the spawn timeout its close event reports code null, which falls through both branches, so readKilnTemperatures never settles.
import { spawn } from 'node:child_process';

export interface KilnReading {
  zone: string;
  celsius: number;
  humidity: number;
}

export interface ProbeOptions {
  binary: string;
  kilnId: string;
  timeoutMs?: number;
}

function parseLine(line: string): KilnReading | undefined {
  const [zone, celsius, humidity] = line.trim().split(',');
  if (!zone || celsius === undefined || humidity === undefined) return undefined;
  const c = Number(celsius);
  const h = Number(humidity);
  if (Number.isNaN(c) || Number.isNaN(h)) return undefined;
  return { zone, celsius: c, humidity: h };
}

export function readKilnTemperatures(opts: ProbeOptions): Promise<KilnReading[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(opts.binary, ['--kiln', opts.kilnId, '--format', 'csv'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: opts.timeoutMs ?? 15_000,
    });
    const readings: KilnReading[] = [];
    let stderr = '';
    let partial = '';
    let done = false;

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      partial += chunk;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const reading = parseLine(line);
        if (reading) readings.push(reading);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    const fail = (err: Error) => {
      if (done) return;
      done = true;
      reject(err);
    };

    child.once('error', fail);
    child.once('close', (code) => {
      if (done) return;
      const last = parseLine(partial);
      if (last) readings.push(last);
      if (code === 0) {
        done = true;
        resolve(readings);
      } else if (code !== null) {
        fail(new Error(`kiln probe ${opts.kilnId} exited with ${code}: ${stderr.trim()}`));
      }
    });
  });
}

export async function hottestZone(opts: ProbeOptions): Promise<KilnReading | undefined> {
  const readings = await readKilnTemperatures(opts);
  let hottest: KilnReading | undefined;
  for (const reading of readings) {
    if (!hottest || reading.celsius > hottest.celsius) hottest = reading;
  }
  return hottest;
}
