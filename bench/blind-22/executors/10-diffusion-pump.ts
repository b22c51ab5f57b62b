// expect: none
// startPump settles exactly once: ready line resolves, and early exit, spawn error or the startup timeout reject, with all listeners removed.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface PumpOptions {
  line: 'A' | 'B' | 'C';
  flowTonnesPerHour: number;
  startupTimeoutMs?: number;
}

export interface PumpHandle {
  child: ChildProcess;
  shutdown(): void;
}

const READY = /^diffuser ready flow=(\d+)/;

export function startPump(opts: PumpOptions): Promise<PumpHandle> {
  const child = spawn('diffuserctl', ['run', '--line', opts.line, '--flow', String(opts.flowTonnesPerHour)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderrTail: string[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 20) stderrTail.shift();
  });

  return new Promise<PumpHandle>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      cleanup();
      child.kill('SIGTERM');
      reject(new Error(`diffuser line ${opts.line} not ready after ${opts.startupTimeoutMs ?? 30000}ms`));
    }, opts.startupTimeoutMs ?? 30000);

    const onLine = (line: string) => {
      const m = READY.exec(line);
      if (!m) return;
      cleanup();
      resolve({ child, shutdown: () => child.kill('SIGTERM') });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      const detail = stderrTail.join('').trim().split('\n').slice(-3).join(' | ');
      reject(new Error(`diffuserctl exited early (code=${code}, signal=${signal}): ${detail}`));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    function cleanup() {
      clearTimeout(timer);
      lines.off('line', onLine);
      lines.close();
      child.off('exit', onExit);
      child.off('error', onError);
    }

    lines.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

export async function runCampaignShift(lines: PumpOptions[]): Promise<PumpHandle[]> {
  const started: PumpHandle[] = [];
  try {
    for (const opts of lines) {
      started.push(await startPump(opts));
    }
    return started;
  } catch (err) {
    for (const h of started) h.shutdown();
    throw err;
  }
}
