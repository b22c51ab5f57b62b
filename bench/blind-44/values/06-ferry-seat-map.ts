// expect: none
// lastSeq and the seat map are written by the 'seat' listener and read only after `await once(feed, 'synced')`, which cannot resolve before the snapshot's seat events have been applied.
import { EventEmitter, once } from 'node:events';

export type SeatState = 'free' | 'held' | 'sold' | 'blocked';

export interface SeatEvent {
  seq: number;
  seat: string;
  state: SeatState;
  holdExpiresAt?: number;
}

export interface SeatFeed extends EventEmitter {
  subscribe(sailingId: string): void;
  unsubscribe(): void;
}

export interface SeatMapSnapshot {
  sailingId: string;
  asOfSeq: number;
  free: string[];
  wheelchairBays: string[];
  saloonFull: boolean;
}

// Row letters A-D are the forward saloon on the AP1-88 hovercraft.
const SALOON_ROWS = new Set(['A', 'B', 'C', 'D']);
const WHEELCHAIR_SEATS = new Set(['A1', 'A2', 'F1', 'F2']);

export class SeatMap {
  private readonly seats = new Map<string, SeatEvent>();
  private lastSeq = 0;

  constructor(private readonly feed: SeatFeed) {
    this.feed.on('seat', (event: SeatEvent) => {
      if (event.seq <= this.lastSeq) return;
      this.lastSeq = event.seq;
      this.seats.set(event.seat, event);
    });
  }

  async load(sailingId: string): Promise<SeatMapSnapshot> {
    const synced = once(this.feed, 'synced');
    this.feed.subscribe(sailingId);
    await synced;
    return this.snapshot(sailingId);
  }

  snapshot(sailingId: string): SeatMapSnapshot {
    const now = Date.now();
    const free: string[] = [];
    for (const [seat, event] of this.seats) {
      const expiredHold = event.state === 'held' && (event.holdExpiresAt ?? 0) < now;
      if (event.state === 'free' || expiredHold) free.push(seat);
    }
    free.sort();
    return {
      sailingId,
      asOfSeq: this.lastSeq,
      free,
      wheelchairBays: free.filter((s) => WHEELCHAIR_SEATS.has(s)),
      saloonFull: !free.some((s) => SALOON_ROWS.has(s[0])),
    };
  }

  close(): void {
    this.feed.unsubscribe();
    this.feed.removeAllListeners('seat');
  }
}

export async function bestSeatFor(
  map: SeatMap,
  sailingId: string,
  party: { size: number; wheelchair: boolean },
): Promise<string[] | null> {
  const snap = await map.load(sailingId);
  if (party.wheelchair) {
    const bay = snap.wheelchairBays[0];
    if (!bay) return null;
    const companions = snap.free.filter((s) => s !== bay && s[0] === bay[0]).slice(0, party.size - 1);
    return companions.length === party.size - 1 ? [bay, ...companions] : null;
  }
  const byRow = new Map<string, string[]>();
  for (const seat of snap.free) {
    const row = byRow.get(seat[0]) ?? [];
    row.push(seat);
    byRow.set(seat[0], row);
  }
  for (const seats of byRow.values()) {
    if (seats.length >= party.size) return seats.slice(0, party.size);
  }
  return null;
}
