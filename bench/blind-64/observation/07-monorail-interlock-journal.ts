// expect: none
// Journal writes from synchronous event handlers are deliberately fire-and-forget but each chain ends in .catch, so nothing floats unhandled.
import { EventEmitter } from 'node:events';

export interface InterlockEvent {
  boxId: string;
  kind: 'route-set' | 'route-released' | 'point-moved' | 'track-occupied' | 'track-clear';
  ref: string;
  at: number;
}

declare const journal: {
  append(event: InterlockEvent): Promise<void>;
  flush(): Promise<void>;
};

declare const opsLog: {
  error(msg: string, meta?: Record<string, unknown>): void;
};

declare class InterlockingBus extends EventEmitter {
  on(event: 'interlock', listener: (e: InterlockEvent) => void): this;
  on(event: 'heartbeat', listener: (boxId: string) => void): this;
}

const STALE_AFTER_MS = 10_000;

export class InterlockJournal {
  private readonly lastSeen = new Map<string, number>();
  private dropped = 0;
  private writes = 0;

  constructor(private readonly bus: InterlockingBus) {}

  start(): void {
    this.bus.on('interlock', (event) => {
      this.lastSeen.set(event.boxId, event.at);
      this.writes++;
      journal.append(event).catch((err: unknown) => {
        this.dropped++;
        opsLog.error('journal append failed', { ref: event.ref, err: String(err) });
      });
    });

    this.bus.on('heartbeat', (boxId) => {
      this.lastSeen.set(boxId, Date.now());
    });
  }

  staleBoxes(now = Date.now()): string[] {
    const stale: string[] = [];
    for (const [boxId, at] of this.lastSeen) {
      if (now - at > STALE_AFTER_MS) stale.push(boxId);
    }
    return stale.sort();
  }

  stats(): { writes: number; dropped: number; boxes: number } {
    return { writes: this.writes, dropped: this.dropped, boxes: this.lastSeen.size };
  }

  async close(): Promise<void> {
    this.bus.removeAllListeners('interlock');
    this.bus.removeAllListeners('heartbeat');
    await journal.flush();
  }
}

export function watchForStaleBoxes(j: InterlockJournal, onStale: (boxIds: string[]) => Promise<void>): () => void {
  const timer = setInterval(() => {
    const stale = j.staleBoxes();
    if (stale.length === 0) return;
    void onStale(stale).catch((err: unknown) => {
      opsLog.error('stale-box handler failed', { boxes: stale, err: String(err) });
    });
  }, STALE_AFTER_MS / 2);
  timer.unref();
  return () => clearInterval(timer);
}
