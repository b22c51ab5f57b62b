// expect: no-multiple-settle
// The close handler only settles for numeric exit codes, so when the watchdog kills the dump tool (code is null, signal is set) the promise never settles.
import { spawn } from 'node:child_process';

export interface TurbineSample {
  turbineId: string;
  rpm: number;
  bladePitchDeg: number;
  outputKw: number;
  recordedAt: Date;
}

export interface DumpOptions {
  lagoon: 'north' | 'south';
  binary?: string;
  watchdogMs?: number;
  since?: Date;
}

function parseSamples(raw: string): TurbineSample[] {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [turbineId = '', rpm = 'NaN', pitch = 'NaN', kw = 'NaN', ts = '0'] = line.split(',');
      return {
        turbineId,
        rpm: Number(rpm),
        bladePitchDeg: Number(pitch),
        outputKw: Number(kw),
        recordedAt: new Date(Number(ts) * 1000),
      };
    })
    .filter((s) => Number.isFinite(s.rpm) && Number.isFinite(s.outputKw));
}

export function readTurbineTelemetry(options: DumpOptions): Promise<TurbineSample[]> {
  const binary = options.binary ?? '/opt/scada/bin/tdump';
  const watchdogMs = options.watchdogMs ?? 15_000;
  const args = ['--lagoon', options.lagoon, '--format', 'csv'];
  if (options.since) {
    args.push('--since', String(Math.floor(options.since.getTime() / 1000)));
  }

  return new Promise<TurbineSample[]>((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });

    let stdout = '';
    let stderr = '';
    let done = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    const watchdog = setTimeout(() => {
      child.kill('SIGTERM');
    }, watchdogMs);

    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      settle();
    };

    child.on('error', (err) => finish(() => reject(err)));

    child.on('close', (code) => {
      if (code === 0) {
        finish(() => resolve(parseSamples(stdout)));
      } else if (code !== null) {
        finish(() => reject(new Error(`tdump exited with ${code}: ${stderr.trim() || 'no output'}`)));
      }
    });
  });
}

export async function lagoonOutputKw(lagoon: 'north' | 'south'): Promise<number> {
  const samples = await readTurbineTelemetry({ lagoon, since: new Date(Date.now() - 10 * 60_000) });
  const latest = new Map<string, TurbineSample>();
  for (const sample of samples) {
    const prev = latest.get(sample.turbineId);
    if (!prev || prev.recordedAt < sample.recordedAt) latest.set(sample.turbineId, sample);
  }
  let total = 0;
  for (const sample of latest.values()) total += sample.outputKw;
  return total;
}
