// expect: no-read-before-settle
// refreshSchedule asks the tide feed for a new table and assigns it in a 'table' listener, then computes slots from this.tideTable synchronously, before the feed has emitted.
import type { EventEmitter } from 'node:events';

export interface TideEntry {
  at: Date;
  heightM: number;
}

export interface BerthSlot {
  berthId: string;
  from: Date;
  to: Date;
}

export interface TideFeed extends EventEmitter {
  request(harbour: string, hours: number): void;
}

export interface BerthSpec {
  berthId: string;
  minTideM: number;
  maxTideM: number;
}

export class HoverBerthScheduler {
  private tideTable: TideEntry[] = [];
  private slots: BerthSlot[] = [];

  constructor(
    private readonly harbour: string,
    private readonly feed: TideFeed,
    private readonly berths: BerthSpec[],
  ) {}

  refreshSchedule(hours = 24): BerthSlot[] {
    this.feed.once('table', (table: TideEntry[]) => {
      this.tideTable = table.slice().sort((a, b) => a.at.getTime() - b.at.getTime());
    });
    this.feed.request(this.harbour, hours);

    this.slots = this.berths.flatMap((berth) => this.slotsFor(berth));
    return this.slots;
  }

  currentSlots(): BerthSlot[] {
    return this.slots;
  }

  isBerthUsable(berthId: string, at: Date): boolean {
    return this.slots.some((s) => s.berthId === berthId && s.from <= at && at < s.to);
  }

  private slotsFor(berth: BerthSpec): BerthSlot[] {
    const slots: BerthSlot[] = [];
    let openedAt: Date | null = null;
    for (const entry of this.tideTable) {
      const ok = entry.heightM >= berth.minTideM && entry.heightM <= berth.maxTideM;
      if (ok && !openedAt) openedAt = entry.at;
      if (!ok && openedAt) {
        slots.push({ berthId: berth.berthId, from: openedAt, to: entry.at });
        openedAt = null;
      }
    }
    const last = this.tideTable.at(-1);
    if (openedAt && last) slots.push({ berthId: berth.berthId, from: openedAt, to: last.at });
    return slots;
  }
}
