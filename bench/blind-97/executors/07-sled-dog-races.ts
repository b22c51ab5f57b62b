// expect: no-multiple-settle
// When the team's checkpoint line arrives the waiter resolves but leaves the timeout armed, so minutes later the timer fires reject on the already-resolved promise and keeps the event loop alive for the whole window.
import { createInterface, type Interface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface CheckpointPing {
  bib: number;
  checkpoint: string;
  clockedAt: Date;
  dogsInHarness: number;
}

export class CheckpointTimeoutError extends Error {
  constructor(readonly bib: number, readonly checkpoint: string) {
    super(`team ${bib} not seen at ${checkpoint}`);
    this.name = 'CheckpointTimeoutError';
  }
}

function parsePing(line: string): CheckpointPing | null {
  // format: CP|<checkpoint>|<bib>|<iso time>|<dogs>
  const parts = line.split('|');
  if (parts.length !== 5 || parts[0] !== 'CP') return null;
  const clockedAt = new Date(parts[3]);
  if (Number.isNaN(clockedAt.getTime())) return null;
  return { checkpoint: parts[1], bib: Number(parts[2]), clockedAt, dogsInHarness: Number(parts[4]) };
}

export class TelemetryFeed {
  private readonly rl: Interface;

  constructor(source: Readable) {
    this.rl = createInterface({ input: source, crlfDelay: Infinity });
  }

  waitForTeam(bib: number, checkpoint: string, windowMs: number): Promise<CheckpointPing> {
    return new Promise<CheckpointPing>((resolve, reject) => {
      const detach = () => {
        this.rl.off('line', onLine);
        this.rl.off('close', onClose);
        this.rl.off('error', onError);
      };
      const timer = setTimeout(() => {
        detach();
        reject(new CheckpointTimeoutError(bib, checkpoint));
      }, windowMs);

      const onLine = (line: string) => {
        const ping = parsePing(line);
        if (!ping || ping.bib !== bib || ping.checkpoint !== checkpoint) return;
        detach();
        resolve(ping);
      };
      const onClose = () => {
        clearTimeout(timer);
        detach();
        reject(new Error(`telemetry feed closed while waiting for team ${bib}`));
      };
      const onError = (err: Error) => {
        clearTimeout(timer);
        detach();
        reject(err);
      };

      this.rl.on('line', onLine);
      this.rl.on('close', onClose);
      this.rl.on('error', onError);
    });
  }

  close(): void {
    this.rl.close();
  }
}

export async function splitTime(feed: TelemetryFeed, bib: number, from: string, to: string): Promise<number> {
  const start = await feed.waitForTeam(bib, from, 6 * 3_600_000);
  const end = await feed.waitForTeam(bib, to, 8 * 3_600_000);
  if (end.dogsInHarness < start.dogsInHarness) {
    console.warn(`team ${bib} dropped ${start.dogsInHarness - end.dogsInHarness} dog(s) between ${from} and ${to}`);
  }
  return end.clockedAt.getTime() - start.clockedAt.getTime();
}
