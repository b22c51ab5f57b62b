// expect: none
// Every exit path of the spawn wrapper goes through a guarded finish() that settles once, covering error, close and the output-limit kill.
import { spawn } from 'node:child_process';

export interface TideWindow {
  bedId: string;
  opensAt: Date;
  closesAt: Date;
  heightMeters: number;
}

export interface TideCalcOptions {
  binary?: string;
  maxOutputBytes?: number;
}

const DEFAULT_BINARY = '/opt/coop/bin/tidecalc';

function parseWindows(raw: string): TideWindow[] {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [bedId, opens, closes, height] = line.split('\t');
      const heightMeters = Number(height);
      if (!bedId || Number.isNaN(heightMeters)) {
        throw new Error(`malformed tidecalc row: ${line}`);
      }
      return {
        bedId,
        opensAt: new Date(opens),
        closesAt: new Date(closes),
        heightMeters,
      };
    });
}

export function computeHarvestWindows(
  bedIds: string[],
  date: string,
  options: TideCalcOptions = {},
): Promise<TideWindow[]> {
  const binary = options.binary ?? DEFAULT_BINARY;
  const limit = options.maxOutputBytes ?? 256 * 1024;

  return new Promise<TideWindow[]>((resolve, reject) => {
    const child = spawn(binary, ['--date', date, '--format', 'tsv', ...bedIds], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const errOut: Buffer[] = [];
    let received = 0;
    let settled = false;

    const finish = (error: Error | null, windows?: TideWindow[]) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(windows ?? []);
    };

    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        child.kill('SIGTERM');
        finish(new Error(`tidecalc output exceeded ${limit} bytes`));
        return;
      }
      out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => errOut.push(chunk));

    child.once('error', (error) => finish(error));
    child.once('close', (code, signal) => {
      if (code === 0) {
        try {
          finish(null, parseWindows(Buffer.concat(out).toString('utf8')));
        } catch (parseError) {
          finish(parseError as Error);
        }
        return;
      }
      const detail = Buffer.concat(errOut).toString('utf8').trim();
      finish(new Error(`tidecalc exited with ${code ?? signal}: ${detail}`));
    });
  });
}

export function windowsForBoat(windows: TideWindow[], draftMeters: number): TideWindow[] {
  return windows
    .filter((w) => w.heightMeters >= draftMeters + 0.4)
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
}
