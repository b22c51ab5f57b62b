// expect: no-uncalled-async-function
// The feeding job's callback returns this.dispenseMulberry (the method) instead of calling it outside molt windows, so the scheduler awaits a function and no leaves are dispensed.
export interface RearingTray {
  trayId: string;
  instar: 1 | 2 | 3 | 4 | 5;
  larvaeCount: number;
  molting: boolean;
}

export interface FeedingRecord {
  trayId: string;
  grams: number;
  at: string;
}

declare const jobScheduler: {
  register(name: string, intervalMs: number, run: () => unknown): void;
  cancel(name: string): void;
};

declare const leafDispenser: {
  dispense(trayId: string, grams: number): Promise<void>;
  remainingGrams(): Promise<number>;
};

declare const nurseryLedger: {
  trays(): Promise<RearingTray[]>;
  append(records: FeedingRecord[]): Promise<void>;
  note(message: string): Promise<void>;
};

const HOUR = 60 * 60_000;
const GRAMS_PER_LARVA_BY_INSTAR: Record<RearingTray['instar'], number> = {
  1: 0.002,
  2: 0.006,
  3: 0.02,
  4: 0.08,
  5: 0.35,
};

export class SilkwormNursery {
  private moltWindowUntil = 0;

  start(): void {
    jobScheduler.register('mulberry-feeding', 4 * HOUR, () =>
      this.isMoltWindow() ? this.skipFeeding('nursery-wide molt window') : this.dispenseMulberry,
    );
    jobScheduler.register('leaf-stock-check', HOUR, () => this.checkLeafStock());
  }

  stop(): void {
    jobScheduler.cancel('mulberry-feeding');
    jobScheduler.cancel('leaf-stock-check');
  }

  beginMoltWindow(hours: number): void {
    this.moltWindowUntil = Date.now() + hours * HOUR;
  }

  private isMoltWindow(): boolean {
    return Date.now() < this.moltWindowUntil;
  }

  private async skipFeeding(reason: string): Promise<void> {
    await nurseryLedger.note(`feeding skipped: ${reason}`);
  }

  private async dispenseMulberry(): Promise<void> {
    const trays = await nurseryLedger.trays();
    const records: FeedingRecord[] = [];
    for (const tray of trays) {
      if (tray.molting) continue;
      const grams = Math.ceil(tray.larvaeCount * GRAMS_PER_LARVA_BY_INSTAR[tray.instar] * 10) / 10;
      await leafDispenser.dispense(tray.trayId, grams);
      records.push({ trayId: tray.trayId, grams, at: new Date().toISOString() });
    }
    await nurseryLedger.append(records);
  }

  private async checkLeafStock(): Promise<void> {
    const [remaining, trays] = await Promise.all([leafDispenser.remainingGrams(), nurseryLedger.trays()]);
    const dailyNeed = trays.reduce(
      (sum, tray) => sum + tray.larvaeCount * GRAMS_PER_LARVA_BY_INSTAR[tray.instar] * 6,
      0,
    );
    if (remaining < dailyNeed) {
      await nurseryLedger.note(`leaf stock ${remaining}g below one day of feeding (${Math.round(dailyNeed)}g)`);
    }
  }
}
