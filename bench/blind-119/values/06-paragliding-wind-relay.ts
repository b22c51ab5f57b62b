// expect: no-promise-as-value
// When the live sensor returns null the ?? falls back to archive.latest without awaiting it, so the broadcast JSON contains a serialised promise ({}) instead of the archived reading.
import { EventEmitter } from 'node:events';

export interface WindReading {
  stationId: string;
  at: string;
  meanKts: number;
  gustKts: number;
  directionDeg: number;
}

export interface LiveSensorBus {
  read(stationId: string): Promise<WindReading | null>;
}

export interface ReadingArchive {
  latest(stationId: string): Promise<WindReading>;
}

export interface Subscriber {
  send(payload: string): void;
}

export class WindRelay extends EventEmitter {
  private readonly subscribers = new Map<string, Set<Subscriber>>();

  constructor(
    private readonly live: LiveSensorBus,
    private readonly archive: ReadingArchive,
  ) {
    super();
  }

  subscribe(stationId: string, sub: Subscriber): () => void {
    const set = this.subscribers.get(stationId) ?? new Set<Subscriber>();
    set.add(sub);
    this.subscribers.set(stationId, set);
    return () => set.delete(sub);
  }

  async publish(stationId: string): Promise<number> {
    const subs = this.subscribers.get(stationId);
    if (!subs || subs.size === 0) return 0;

    const reading = (await this.live.read(stationId)) ?? this.archive.latest(stationId);
    const payload = JSON.stringify({ type: 'wind', stationId, reading, relayedAt: new Date().toISOString() });
    for (const sub of subs) {
      sub.send(payload);
    }
    this.emit('published', stationId, subs.size);
    return subs.size;
  }

  async publishAll(): Promise<number> {
    let total = 0;
    for (const stationId of this.subscribers.keys()) {
      total += await this.publish(stationId);
    }
    return total;
  }
}

export function beaufort(kts: number): number {
  const limits = [1, 4, 7, 11, 17, 22, 28, 34, 41, 48, 56, 64];
  const idx = limits.findIndex((l) => kts < l);
  return idx === -1 ? 12 : idx;
}
