// expect: no-uncalled-async-function
// close() awaits the method reference this.catchLog.flush instead of calling it, so buffered catch entries are dropped on shutdown.
import { appendFile } from 'node:fs/promises';

export interface CatchEntry {
  tripId: string;
  guide: string;
  birds: number;
  species: 'ayu' | 'carp' | 'dace';
  count: number;
  at: string;
}

export interface Trip {
  tripId: string;
  guide: string;
  river: string;
  passengers: number;
  departsAt: Date;
}

declare const tripStore: {
  insert(trip: Trip): Promise<void>;
  countForGuide(guide: string, day: string): Promise<number>;
  close(): Promise<void>;
};

class CatchLog {
  private buffer: CatchEntry[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly file: string, private readonly maxBuffered = 50) {}

  async add(entry: CatchEntry): Promise<void> {
    this.buffer.push(entry);
    if (this.buffer.length >= this.maxBuffered) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.flushing) await this.flushing;
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const lines = batch.map((e) => JSON.stringify(e)).join('\n') + '\n';
    this.flushing = appendFile(this.file, lines, 'utf8');
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  get pending(): number {
    return this.buffer.length;
  }
}

const MAX_TRIPS_PER_GUIDE = 3;

export class GuideBookingService {
  private readonly catchLog = new CatchLog('/var/log/cormorant/catches.jsonl');
  private open = true;

  async book(trip: Trip): Promise<void> {
    if (!this.open) throw new Error('booking service is shutting down');
    const day = trip.departsAt.toISOString().slice(0, 10);
    const already = await tripStore.countForGuide(trip.guide, day);
    if (already >= MAX_TRIPS_PER_GUIDE) {
      throw new Error(`${trip.guide} already has ${already} trips on ${day}`);
    }
    if (trip.passengers > 6) {
      throw new Error('boats on this river carry at most six passengers');
    }
    await tripStore.insert(trip);
  }

  async recordCatch(entry: Omit<CatchEntry, 'at'>): Promise<void> {
    if (entry.count < 0 || entry.birds < 1) {
      throw new Error(`invalid catch report for trip ${entry.tripId}`);
    }
    await this.catchLog.add({ ...entry, at: new Date().toISOString() });
  }

  async close(): Promise<{ unflushed: number }> {
    this.open = false;
    await this.catchLog.flush;
    await tripStore.close();
    return { unflushed: this.catchLog.pending };
  }
}
