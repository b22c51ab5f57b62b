// expect: none
// The CLI owns the controller that SIGINT aborts and passes its signal to spawn() and to events.on(); the only AbortError catch is at the process boundary, where it is reported as cancellation with exit code 130.
import { spawn } from 'node:child_process';
import { on } from 'node:events';
import { createInterface } from 'node:readline';

interface Reading {
  at: Date;
  steamC: number;
  condensateC: number;
  flowMlMin: number;
}

function parseLine(line: string): Reading | undefined {
  const m = /^(\S+)\s+steam=(\d+(?:\.\d+)?)\s+cond=(\d+(?:\.\d+)?)\s+flow=(\d+(?:\.\d+)?)/.exec(line);
  if (!m) return undefined;
  return { at: new Date(m[1]), steamC: Number(m[2]), condensateC: Number(m[3]), flowMlMin: Number(m[4]) };
}

async function followStill(device: string, signal: AbortSignal): Promise<void> {
  const child = spawn('stillmon', ['--device', device, '--follow'], {
    signal,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  let warnedHot = false;

  for await (const [line] of on(lines, 'line', { signal, close: ['close'] })) {
    const reading = parseLine(String(line));
    if (!reading) continue;
    const hot = reading.condensateC > 35;
    if (hot && !warnedHot) {
      process.stderr.write(`condenser running hot: ${reading.condensateC}°C, increase cooling water\n`);
    }
    warnedHot = hot;
    process.stdout.write(
      `${reading.at.toISOString()}  steam ${reading.steamC.toFixed(1)}°C  flow ${reading.flowMlMin} ml/min\n`,
    );
  }

  const code: number | null = await new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('exit', resolve);
    child.once('error', reject);
  });
  if (code !== 0) throw new Error(`stillmon exited with code ${code}`);
}

async function main(argv: string[]): Promise<void> {
  const device = argv[0];
  if (!device) {
    throw new Error('usage: still-log <serial-device>');
  }
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  await followStill(device, controller.signal);
}

main(process.argv.slice(2)).then(
  () => {
    process.exitCode = 0;
  },
  (err: unknown) => {
    if (err instanceof Error && err.name === 'AbortError') {
      process.stderr.write('still-log: cancelled\n');
      process.exitCode = 130;
      return;
    }
    process.stderr.write(`still-log: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
