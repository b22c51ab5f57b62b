// expect: no-multiple-settle
// The spawn promise listens only for 'exit'; if the probe binary cannot be started the child emits 'error' (no 'exit'), so the promise never settles.
import { spawn } from 'node:child_process';

export interface BrixReading {
  panId: string;
  brix: number;
  temperatureC: number;
  takenAt: Date;
}

export interface ProbeOptions {
  binary?: string;
  panId: string;
  samples?: number;
}

const DEFAULT_PROBE = '/opt/sugarhouse/bin/brix-probe';

// The probe CLI prints one line per sample: "<brix> <tempC>"
function parseProbeOutput(panId: string, raw: string): BrixReading[] {
  const readings: BrixReading[] = [];
  for (const line of raw.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [brixText, tempText] = trimmed.split(/\s+/);
    const brix = Number(brixText);
    const temperatureC = Number(tempText);
    if (Number.isNaN(brix) || Number.isNaN(temperatureC)) continue;
    readings.push({ panId, brix, temperatureC, takenAt: new Date() });
  }
  return readings;
}

export function readBrix(options: ProbeOptions): Promise<BrixReading[]> {
  const binary = options.binary ?? DEFAULT_PROBE;
  const args = ['--pan', options.panId, '--samples', String(options.samples ?? 5)];

  return new Promise<BrixReading[]>((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolve(parseProbeOutput(options.panId, stdout));
        return;
      }
      const reason = signal ? `signal ${signal}` : `exit code ${code}`;
      reject(new Error(`brix probe failed (${reason}): ${stderr.trim()}`));
    });
  });
}

// Syrup is considered finished at 66-67 Brix; draw off when the average crosses it.
export async function shouldDrawOff(panId: string, threshold = 66.2): Promise<boolean> {
  const readings = await readBrix({ panId, samples: 7 });
  if (readings.length === 0) return false;
  const avg = readings.reduce((sum, r) => sum + r.brix, 0) / readings.length;
  return avg >= threshold;
}

export function summarize(readings: BrixReading[]): string {
  if (readings.length === 0) return 'no samples';
  const max = Math.max(...readings.map((r) => r.brix));
  const min = Math.min(...readings.map((r) => r.brix));
  const hottest = Math.max(...readings.map((r) => r.temperatureC));
  return `${readings[0].panId}: ${min.toFixed(1)}-${max.toFixed(1)} Bx, peak ${hottest.toFixed(1)} C`;
}
