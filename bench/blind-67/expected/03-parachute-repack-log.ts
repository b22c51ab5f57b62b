// expect: no-uncalled-async-function
// recordRepack chains `.then(() => this.rebuildDueIndex)`, returning the function rather than calling it, so the due-date index is never rebuilt after a save.
export interface RepackEntry {
  canopySerial: string;
  containerSerial: string;
  riggerId: string;
  packedAt: Date;
  reserve: boolean;
  aadServicedAt?: Date;
}

export interface DueItem {
  canopySerial: string;
  dueAt: Date;
  reserve: boolean;
}

declare const logStore: {
  append(entry: RepackEntry): Promise<void>;
  latestPerCanopy(): Promise<RepackEntry[]>;
};

declare const riggers: {
  certifiedFor(riggerId: string, reserve: boolean): Promise<boolean>;
};

const RESERVE_CYCLE_DAYS = 180;
const MAIN_CYCLE_DAYS = 365;
const DAY_MS = 86_400_000;

export class RepackLog {
  private dueIndex = new Map<string, DueItem>();

  private rebuildDueIndex = async (): Promise<void> => {
    const latest = await logStore.latestPerCanopy();
    const next = new Map<string, DueItem>();
    for (const entry of latest) {
      const cycle = entry.reserve ? RESERVE_CYCLE_DAYS : MAIN_CYCLE_DAYS;
      next.set(entry.canopySerial, {
        canopySerial: entry.canopySerial,
        dueAt: new Date(entry.packedAt.getTime() + cycle * DAY_MS),
        reserve: entry.reserve,
      });
    }
    this.dueIndex = next;
  };

  async init(): Promise<void> {
    await this.rebuildDueIndex();
  }

  async recordRepack(entry: RepackEntry): Promise<DueItem | undefined> {
    if (entry.packedAt.getTime() > Date.now()) {
      throw new Error(`repack of ${entry.canopySerial} is dated in the future`);
    }
    const certified = await riggers.certifiedFor(entry.riggerId, entry.reserve);
    if (!certified) {
      throw new Error(`rigger ${entry.riggerId} is not certified for ${entry.reserve ? "reserve" : "main"} packs`);
    }
    await logStore.append(entry).then(() => this.rebuildDueIndex);
    return this.dueIndex.get(entry.canopySerial);
  }

  overdue(asOf = new Date()): DueItem[] {
    return [...this.dueIndex.values()]
      .filter((item) => item.dueAt.getTime() <= asOf.getTime())
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  dueWithin(days: number, asOf = new Date()): DueItem[] {
    const limit = asOf.getTime() + days * DAY_MS;
    return [...this.dueIndex.values()].filter(
      (item) => item.dueAt.getTime() > asOf.getTime() && item.dueAt.getTime() <= limit,
    );
  }
}
