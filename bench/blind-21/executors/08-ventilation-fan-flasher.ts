// expect: none
// Correct: the flasher child is settled exactly once via a guard — 'error' and 'close' both settle, a signal-killed child (code null) rejects, and the watchdog timer is cleared.
import { spawn } from 'node:child_process';

export interface FlashResult {
  fanId: string;
  firmware: string;
  durationMs: number;
  log: string[];
}

export interface FlashOptions {
  tool?: string;
  timeoutMs?: number;
  port: string;
}

/**
 * Pushes a firmware image to a mine ventilation fan's VFD controller using the
 * vendor's command-line flasher. Fans are flashed one at a time during the
 * maintenance window, so a hung flasher must not block the rest of the shift.
 */
export function flashFanController(fanId: string, image: string, opts: FlashOptions): Promise<FlashResult> {
  const started = Date.now();
  const tool = opts.tool ?? '/opt/vfd-tools/bin/vfdflash';
  const timeoutMs = opts.timeoutMs ?? 5 * 60_000;

  return new Promise<FlashResult>((resolve, reject) => {
    const child = spawn(tool, ['--port', opts.port, '--verify', image], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (err) {
        reject(err);
      } else {
        resolve({ fanId, firmware: image, durationMs: Date.now() - started, log });
      }
    };

    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`flasher for fan ${fanId} exceeded ${timeoutMs} ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) log.push(line.trim());
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(new Error(`could not start ${tool}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) {
        finish(null);
      } else if (code !== null) {
        finish(new Error(`flasher exited ${code} for fan ${fanId}: ${stderr.trim()}`));
      } else {
        finish(new Error(`flasher for fan ${fanId} killed by ${signal ?? 'unknown signal'}`));
      }
    });
  });
}

export async function flashSection(fans: string[], image: string, opts: FlashOptions): Promise<Map<string, Error | FlashResult>> {
  const results = new Map<string, Error | FlashResult>();
  for (const fanId of fans) {
    try {
      results.set(fanId, await flashFanController(fanId, image, opts));
    } catch (err) {
      results.set(fanId, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return results;
}
