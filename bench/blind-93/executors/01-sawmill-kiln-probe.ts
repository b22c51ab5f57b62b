// expect: none
// Every exit path goes through finish(), which settles once, clears the timer; 'error' and non-zero 'close' both reject.
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

export interface KilnReading {
  chamber: number;
  dryBulbC: number;
  wetBulbC: number;
  moisturePct: number;
  takenAt: Date;
}

export interface ProbeOptions {
  chamber: number;
  binary?: string;
  timeoutMs?: number;
}

function parseReading(chamber: number, raw: string): KilnReading {
  const fields = new Map<string, string>();
  for (const pair of raw.trim().split(/\s+/)) {
    const [key, value] = pair.split('=');
    if (key && value !== undefined) fields.set(key, value);
  }
  const num = (key: string): number => {
    const value = Number(fields.get(key));
    if (!Number.isFinite(value)) throw new Error(`kiln-probe output missing ${key}: ${raw}`);
    return value;
  };
  return {
    chamber,
    dryBulbC: num('dry'),
    wetBulbC: num('wet'),
    moisturePct: num('mc'),
    takenAt: new Date(),
  };
}

export function readKilnProbe(opts: ProbeOptions): Promise<KilnReading> {
  const { chamber, binary = '/usr/local/bin/kiln-probe', timeoutMs = 5_000 } = opts;

  return new Promise<KilnReading>((resolve, reject) => {
    const child = spawn(binary, ['--chamber', String(chamber), '--once'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`kiln-probe for chamber ${chamber} timed out after ${timeoutMs}ms`));
    }, timeoutMs);

    function finish(err: Error | null, reading?: KilnReading): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(reading as KilnReading);
    }

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
        finish(new Error(`kiln-probe exited with ${code ?? signal}: ${stderr.trim() || 'no output'}`));
        return;
      }
      try {
        finish(null, parseReading(chamber, stdout));
      } catch (err) {
        finish(err as Error);
      }
    });
  });
}

export async function sweepChambers(chambers: number[], gapMs = 250): Promise<KilnReading[]> {
  const readings: KilnReading[] = [];
  for (const chamber of chambers) {
    readings.push(await readKilnProbe({ chamber }));
    // the probe shares one RS-485 bus, so give it a moment between chambers
    await delay(gapMs);
  }
  return readings;
}
