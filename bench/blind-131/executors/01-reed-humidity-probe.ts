// expect: none
// The spawn wrapper funnels the timeout, 'error' and 'close' paths through a single finish() guard, so the reading settles exactly once on every path.
import { spawn } from 'node:child_process';

export interface HumidityReading {
  humidorId: string;
  relativeHumidity: number;
  temperatureC: number;
  takenAt: Date;
}

export interface ProbeOptions {
  binary?: string;
  timeoutMs?: number;
}

function parseProbeOutput(humidorId: string, stdout: string): HumidityReading {
  const fields = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const [key, value] = line.split('=', 2);
    if (key && value !== undefined) fields.set(key.trim(), value.trim());
  }
  const rh = Number(fields.get('RH'));
  const temp = Number(fields.get('TEMP'));
  if (!Number.isFinite(rh) || !Number.isFinite(temp)) {
    throw new Error(`probe output for ${humidorId} is missing RH/TEMP`);
  }
  return { humidorId, relativeHumidity: rh, temperatureC: temp, takenAt: new Date() };
}

export function readHumidorProbe(humidorId: string, opts: ProbeOptions = {}): Promise<HumidityReading> {
  const binary = opts.binary ?? '/usr/local/bin/reedprobe';
  const timeoutMs = opts.timeoutMs ?? 8000;

  return new Promise<HumidityReading>((resolve, reject) => {
    const child = spawn(binary, ['--humidor', humidorId, '--format=kv']);
    let stdout = '';
    let stderr = '';
    let settled = false;

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`probe for ${humidorId} timed out after ${timeoutMs}ms`));
    }, timeoutMs);

    function finish(err: Error | null, reading?: HumidityReading): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err || !reading) reject(err ?? new Error(`probe for ${humidorId} produced no reading`));
      else resolve(reading);
    }

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
        finish(new Error(`reedprobe exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        finish(null, parseProbeOutput(humidorId, stdout));
      } catch (err) {
        finish(err as Error);
      }
    });
  });
}

export interface HumidorAlert {
  humidorId: string;
  problem: 'too-dry' | 'too-wet';
  relativeHumidity: number;
}

export async function checkReedHumidors(
  ids: string[],
  band: { min: number; max: number } = { min: 62, max: 72 },
  opts?: ProbeOptions,
): Promise<HumidorAlert[]> {
  const alerts: HumidorAlert[] = [];
  for (const id of ids) {
    const reading = await readHumidorProbe(id, opts);
    if (reading.relativeHumidity < band.min) {
      alerts.push({ humidorId: id, problem: 'too-dry', relativeHumidity: reading.relativeHumidity });
    } else if (reading.relativeHumidity > band.max) {
      alerts.push({ humidorId: id, problem: 'too-wet', relativeHumidity: reading.relativeHumidity });
    }
  }
  return alerts;
}
