// expect: none
// The occupancy push to the lobby display is deliberately not awaited, but it has a .catch handler attached at the call site, so a display outage is logged and never becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface ZoneCount {
  zone: 'thermal-pools' | 'sauna-village' | 'mud-terrace' | 'cold-plunge';
  guests: number;
  capacity: number;
}

export interface LobbyDisplay {
  show(counts: ZoneCount[]): Promise<void>;
}

export interface TurnstileFeed extends EventEmitter {
  on(event: 'pass', listener: (zone: ZoneCount['zone'], direction: 'in' | 'out') => void): this;
}

export class OccupancyPublisher {
  private readonly counts = new Map<ZoneCount['zone'], ZoneCount>();
  private lastPush = 0;

  constructor(
    private readonly display: LobbyDisplay,
    capacities: Record<ZoneCount['zone'], number>,
    private readonly minIntervalMs = 2_000,
    private readonly log: Pick<Console, 'warn'> = console,
  ) {
    for (const [zone, capacity] of Object.entries(capacities) as Array<[ZoneCount['zone'], number]>) {
      this.counts.set(zone, { zone, guests: 0, capacity });
    }
  }

  attach(feed: TurnstileFeed): void {
    feed.on('pass', (zone, direction) => {
      const entry = this.counts.get(zone);
      if (!entry) return;
      entry.guests = Math.max(0, entry.guests + (direction === 'in' ? 1 : -1));
      this.maybePush();
    });
  }

  private maybePush(): void {
    const now = Date.now();
    if (now - this.lastPush < this.minIntervalMs) return;
    this.lastPush = now;
    const snapshot = [...this.counts.values()].map((c) => ({ ...c }));
    this.display.show(snapshot).catch((err: unknown) => {
      this.log.warn('lobby display update failed', err);
    });
  }

  fullZones(): ZoneCount['zone'][] {
    return [...this.counts.values()].filter((c) => c.guests >= c.capacity).map((c) => c.zone);
  }

  utilisation(): number {
    let guests = 0;
    let capacity = 0;
    for (const c of this.counts.values()) {
      guests += c.guests;
      capacity += c.capacity;
    }
    return capacity === 0 ? 0 : guests / capacity;
  }
}
