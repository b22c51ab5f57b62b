// expect: no-reused-settled-promise
// pollUntil receives one already-started status request and awaits that same settled promise on every attempt, so it never sees a fresh status.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TrapStatus {
  trapId: string;
  state: 'set' | 'hauling' | 'hauled' | 'lost';
  catchCount?: number;
  undersized?: number;
  reportedAt: string;
}

export interface TrapLine {
  lineId: string;
  boat: string;
  traps: string[];
}

declare const buoyApi: {
  status(trapId: string): Promise<TrapStatus>;
};

declare const landingLog: {
  write(entry: { trapId: string; boat: string; keep: number; returned: number }): Promise<void>;
};

interface PollOptions {
  intervalMs: number;
  maxAttempts: number;
}

async function pollUntil<T>(probe: Promise<T>, done: (value: T) => boolean, opts: PollOptions): Promise<T> {
  let last: T | undefined;
  for (let attempt = 1; attempt <= opts.maxAttempts; attempt++) {
    last = await probe;
    if (done(last)) return last;
    await sleep(opts.intervalMs * Math.min(attempt, 4));
  }
  throw new Error(`condition not met after ${opts.maxAttempts} attempts (last: ${JSON.stringify(last)})`);
}

function isFinal(status: TrapStatus): boolean {
  return status.state === 'hauled' || status.state === 'lost';
}

export async function awaitHaul(trapId: string): Promise<TrapStatus> {
  return pollUntil(buoyApi.status(trapId), isFinal, { intervalMs: 15_000, maxAttempts: 40 });
}

export async function processLine(line: TrapLine): Promise<{ kept: number; lost: string[] }> {
  let kept = 0;
  const lost: string[] = [];

  for (const trapId of line.traps) {
    const status = await awaitHaul(trapId);
    if (status.state === 'lost') {
      lost.push(trapId);
      continue;
    }
    const total = status.catchCount ?? 0;
    const returned = status.undersized ?? 0;
    const keep = Math.max(0, total - returned);
    kept += keep;
    await landingLog.write({ trapId, boat: line.boat, keep, returned });
  }

  return { kept, lost };
}

export function summariseLines(results: Array<{ lineId: string; kept: number; lost: string[] }>): string {
  const total = results.reduce((sum, r) => sum + r.kept, 0);
  const lostCount = results.reduce((sum, r) => sum + r.lost.length, 0);
  const worst = [...results].sort((a, b) => b.lost.length - a.lost.length)[0];
  const lines = [`${results.length} lines hauled, ${total} lobsters landed`];
  if (lostCount > 0 && worst) {
    lines.push(`${lostCount} traps lost, most on line ${worst.lineId}`);
  }
  return lines.join('\n');
}
