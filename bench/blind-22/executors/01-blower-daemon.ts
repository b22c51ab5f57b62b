// expect: no-multiple-settle
// startBlower waits only for the "wind stable" line on stdout; if blowerd exits before printing it (bad device, fault), the promise never settles.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface BlowerOptions {
  device: string;
  targetPressureMm: number;
  binary?: string;
}

export interface BlowerHandle {
  pid: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

const READY_PATTERN = /^wind stable at (\d+(?:\.\d+)?)\s*mm/i;

function buildArgs(opts: BlowerOptions): string[] {
  return ['--device', opts.device, '--target', String(opts.targetPressureMm), '--log-format', 'plain'];
}

export function startBlower(opts: BlowerOptions): Promise<BlowerHandle> {
  const child = spawn(opts.binary ?? 'blowerd', buildArgs(opts), {
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  return new Promise<BlowerHandle>((resolve) => {
    const lines = createInterface({ input: child.stdout! });

    lines.on('line', (line) => {
      const match = READY_PATTERN.exec(line.trim());
      if (!match) return;

      const measured = Number(match[1]);
      if (Math.abs(measured - opts.targetPressureMm) > 5) {
        console.warn(`blower settled at ${measured}mm, target was ${opts.targetPressureMm}mm`);
      }

      lines.close();
      resolve({
        pid: child.pid!,
        process: child,
        stop: () => stopBlower(child),
      });
    });
  });
}

function stopBlower(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 4000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function withBlower<T>(opts: BlowerOptions, work: () => Promise<T>): Promise<T> {
  const blower = await startBlower(opts);
  try {
    return await work();
  } finally {
    await blower.stop();
  }
}
