// expect: no-multiple-settle
// When the posted wait drops under the threshold the executor resolves but never clears the polling interval, so it keeps firing and later rejects on the deadline (and keeps polling the board forever).
import { EventEmitter } from 'node:events';

export interface QueueReading {
  ride: string;
  minutes: number;
  postedAt: number;
}

export interface QueueBoard {
  latest(ride: string): QueueReading | undefined;
}

export interface WatchOptions {
  thresholdMinutes: number;
  maxWaitMinutes: number;
  pollMs?: number;
}

export class QueueWatchTimeout extends Error {
  constructor(readonly ride: string, readonly minutes: number) {
    super(`${ride} did not drop under the threshold within ${minutes} min`);
    this.name = 'QueueWatchTimeout';
  }
}

export class CoasterQueueWatcher extends EventEmitter {
  private readonly watching = new Set<string>();

  constructor(private readonly board: QueueBoard, private readonly defaultPollMs = 15_000) {
    super();
  }

  isWatching(ride: string): boolean {
    return this.watching.has(ride);
  }

  waitForShortQueue(ride: string, opts: WatchOptions): Promise<QueueReading> {
    const pollMs = opts.pollMs ?? this.defaultPollMs;
    const deadline = Date.now() + opts.maxWaitMinutes * 60_000;
    this.watching.add(ride);

    return new Promise<QueueReading>((resolve, reject) => {
      const timer = setInterval(() => {
        const reading = this.board.latest(ride);
        if (reading && reading.minutes <= opts.thresholdMinutes) {
          this.watching.delete(ride);
          this.emit('short-queue', reading);
          resolve(reading);
          return;
        }
        if (Date.now() >= deadline) {
          clearInterval(timer);
          this.watching.delete(ride);
          reject(new QueueWatchTimeout(ride, opts.maxWaitMinutes));
        }
      }, pollMs);
    });
  }
}

export function formatReading(reading: QueueReading): string {
  const age = Math.round((Date.now() - reading.postedAt) / 60_000);
  return `${reading.ride}: ${reading.minutes} min (posted ${age} min ago)`;
}

export async function notifyWhenShort(
  watcher: CoasterQueueWatcher,
  ride: string,
  send: (text: string) => void,
): Promise<void> {
  try {
    const reading = await watcher.waitForShortQueue(ride, { thresholdMinutes: 20, maxWaitMinutes: 90 });
    send(`Go now! ${formatReading(reading)}`);
  } catch (err) {
    if (err instanceof QueueWatchTimeout) {
      send(`${ride} stayed busy, try again later.`);
      return;
    }
    throw err;
  }
}
