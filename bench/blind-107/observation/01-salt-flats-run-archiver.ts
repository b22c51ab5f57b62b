// expect: no-floating-promises
// The 'run-complete' listener is an async function, so the emitter drops the promise it returns and a failed archive upload becomes an unhandled rejection that crashes the timing trailer mid-meet.
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';

export interface TimedRun {
  bib: number;
  driver: string;
  vehicleClass: string; // e.g. "G/BFL"
  splits: number[]; // seconds per measured mile
  recordedAt: Date;
}

export interface ArchiveStore {
  put(key: string, body: string, contentSha256: string): Promise<void>;
}

export class RunFeed extends EventEmitter {
  complete(run: TimedRun): void {
    this.emit('run-complete', run);
  }
}

function serialize(run: TimedRun): string {
  return JSON.stringify({
    ...run,
    recordedAt: run.recordedAt.toISOString(),
    bestMph: Math.max(...run.splits.map((s) => 3600 / s)).toFixed(3),
  });
}

export class RunArchiver {
  private archived = 0;
  private readonly recent: string[] = [];

  constructor(private readonly feed: RunFeed, private readonly store: ArchiveStore, private readonly meetId: string) {}

  start(): void {
    this.feed.on('run-complete', async (run: TimedRun) => {
      const body = serialize(run);
      const sha = createHash('sha256').update(body).digest('hex');
      const key = `${this.meetId}/${run.vehicleClass.replace('/', '_')}/${run.bib}-${run.recordedAt.getTime()}.json`;
      await this.store.put(key, body, sha);
      this.archived++;
      this.recent.unshift(key);
      this.recent.length = Math.min(this.recent.length, 20);
    });
  }

  stats(): { archived: number; recent: readonly string[] } {
    return { archived: this.archived, recent: this.recent };
  }

  stop(): void {
    this.feed.removeAllListeners('run-complete');
  }
}
