// expect: no-uncalled-async-function
// closeDay() awaits this.flushPendingReturns without calling it, so queued returns are never written before the day is sealed.
export interface CostumeReturn {
  hireId: string;
  costumeSku: string;
  production: string;
  returnedAt: Date;
  condition: 'good' | 'needs-cleaning' | 'damaged';
  notes?: string;
}

export interface DayClose {
  date: string;
  returnsProcessed: number;
  overdue: string[];
  cleaningBatch: string[];
}

declare const hireLedger: {
  markReturned(entries: CostumeReturn[]): Promise<void>;
  overdueOn(date: string): Promise<Array<{ hireId: string; production: string }>>;
  sealDay(date: string, summary: Omit<DayClose, 'date'>): Promise<void>;
};

declare const laundry: {
  book(skus: string[], pickup: Date): Promise<string>;
};

declare const wardrobeMistress: {
  notifyDamage(entry: CostumeReturn): Promise<void>;
};

export class ReturnsDesk {
  private pending: CostumeReturn[] = [];
  private processedToday = 0;
  private cleaningToday: string[] = [];

  receive(entry: CostumeReturn): void {
    if (this.pending.some((p) => p.hireId === entry.hireId && p.costumeSku === entry.costumeSku)) {
      return; // scanned twice at the counter
    }
    this.pending.push(entry);
  }

  async flushPendingReturns(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      await hireLedger.markReturned(batch);
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
    for (const entry of batch) {
      if (entry.condition === 'damaged') {
        await wardrobeMistress.notifyDamage(entry);
      }
      if (entry.condition !== 'good') {
        this.cleaningToday.push(entry.costumeSku);
      }
    }
    this.processedToday += batch.length;
    return batch.length;
  }

  async closeDay(date: string): Promise<DayClose> {
    await this.flushPendingReturns;

    const overdue = await hireLedger.overdueOn(date);
    const cleaningBatch = [...new Set(this.cleaningToday)];
    if (cleaningBatch.length > 0) {
      const pickup = new Date(`${date}T18:00:00`);
      await laundry.book(cleaningBatch, pickup);
    }

    const summary: DayClose = {
      date,
      returnsProcessed: this.processedToday,
      overdue: overdue.map((o) => `${o.production}:${o.hireId}`),
      cleaningBatch,
    };
    await hireLedger.sealDay(date, {
      returnsProcessed: summary.returnsProcessed,
      overdue: summary.overdue,
      cleaningBatch: summary.cleaningBatch,
    });

    this.processedToday = 0;
    this.cleaningToday = [];
    return summary;
  }
}

export async function endOfShowRun(desk: ReturnsDesk, returns: CostumeReturn[], date: string): Promise<DayClose> {
  for (const entry of returns) {
    desk.receive(entry);
  }
  return desk.closeDay(date);
}
