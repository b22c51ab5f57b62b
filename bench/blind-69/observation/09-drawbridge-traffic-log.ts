// expect: none
// The event listeners are synchronous and route every async write through .catch() to the emitter's error channel, and the flush timer's promise is handled too.
import { EventEmitter } from 'node:events';

export interface BridgeEvent {
  bridgeId: string;
  kind: 'raise' | 'lower' | 'vessel' | 'gate';
  detail: string;
  at: number;
}

export interface TrafficStore {
  insertMany(events: readonly BridgeEvent[]): Promise<void>;
  incrementCounter(bridgeId: string, kind: BridgeEvent['kind']): Promise<void>;
}

export class TrafficLogger extends EventEmitter {
  private buffer: BridgeEvent[] = [];
  private flushTimer: ReturnType<typeof setInterval> | undefined;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly store: TrafficStore,
    private readonly flushEveryMs = 5_000,
    private readonly maxBuffer = 200,
  ) {
    super();
  }

  attach(source: EventEmitter): void {
    source.on('bridge-event', (event: BridgeEvent) => {
      this.buffer.push(event);
      this.store.incrementCounter(event.bridgeId, event.kind).catch((err: unknown) => {
        this.emit('error', err);
      });
      if (this.buffer.length >= this.maxBuffer) {
        this.flush().catch((err: unknown) => this.emit('error', err));
      }
    });
  }

  start(): void {
    if (this.flushTimer) return;
    this.flushTimer = setInterval(() => {
      this.flush().catch((err: unknown) => this.emit('error', err));
    }, this.flushEveryMs);
    this.flushTimer.unref();
  }

  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.buffer.length === 0) return Promise.resolve();
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.store
      .insertMany(batch)
      .catch((err: unknown) => {
        this.buffer = batch.concat(this.buffer);
        throw err;
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.flushTimer) {
      clearInterval(this.flushTimer);
      this.flushTimer = undefined;
    }
    if (this.flushing) {
      await this.flushing.catch(() => undefined);
    }
    await this.flush();
  }

  summary(): Record<BridgeEvent['kind'], number> {
    const counts: Record<BridgeEvent['kind'], number> = { raise: 0, lower: 0, vessel: 0, gate: 0 };
    for (const event of this.buffer) counts[event.kind]++;
    return counts;
  }
}
