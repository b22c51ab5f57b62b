// expect: none
// All outcomes (spawn error, close with any code or signal, watchdog timeout) funnel through a guarded finish() that clears the timer and settles exactly once.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface FlashResult {
  groomerId: string;
  image: string;
  sha256: string;
  durationMs: number;
  log: string[];
}

export interface FlashOptions {
  tool?: string;
  serialPort: string;
  timeoutMs?: number;
  onProgress?: (pct: number) => void;
}

async function imageDigest(file: string): Promise<string> {
  const buf = await readFile(file);
  return createHash('sha256').update(buf).digest('hex');
}

export async function flashController(groomerId: string, image: string, opts: FlashOptions): Promise<FlashResult> {
  const sha256 = await imageDigest(image);
  const started = Date.now();
  const tool = opts.tool ?? '/opt/groomer/bin/ecu-flash';
  const timeoutMs = opts.timeoutMs ?? 5 * 60_000;

  return new Promise<FlashResult>((resolve, reject) => {
    const log: string[] = [];
    let settled = false;

    const child = spawn(tool, ['--port', opts.serialPort, '--verify', '--sha256', sha256, image], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (err) reject(err);
      else resolve({ groomerId, image, sha256, durationMs: Date.now() - started, log });
    };

    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`flashing ${groomerId} exceeded ${timeoutMs}ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      for (const line of text.split(/\r?\n/)) {
        if (!line) continue;
        log.push(line);
        const m = /^PROGRESS (\d{1,3})%/.exec(line);
        if (m) opts.onProgress?.(Number(m[1]));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => log.push(`[stderr] ${text.trimEnd()}`));

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code === 0) return finish(null);
      const why = signal ? `killed by ${signal}` : `exit code ${code}`;
      const tail = log.slice(-5).join('\n');
      finish(new Error(`ecu-flash for ${groomerId} failed (${why})\n${tail}`));
    });
  });
}

export async function flashFleet(groomers: { id: string; serialPort: string }[], image: string): Promise<Map<string, FlashResult | Error>> {
  const results = new Map<string, FlashResult | Error>();
  for (const g of groomers) {
    try {
      results.set(g.id, await flashController(g.id, image, { serialPort: g.serialPort }));
    } catch (err) {
      results.set(g.id, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return results;
}
