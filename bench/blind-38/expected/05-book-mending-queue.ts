// expect: no-uncalled-async-function
// completeRepair's then-callback returns this.refreshShelfIndex instead of calling it, so the shelf index is never rebuilt after a repair.
export type Treatment = 'rebind' | 'spine-repair' | 'hinge-tighten' | 'page-tear' | 'rebox';

export interface MendingJob {
  barcode: string;
  title: string;
  treatment: Treatment;
  conservator: string;
  shelfMark: string;
  minutes: number;
}

export interface ShelfIndexEntry {
  shelfMark: string;
  barcodes: string[];
  availableCount: number;
}

declare const catalogue: {
  markRepaired(barcode: string, note: { treatment: Treatment; by: string; minutes: number }): Promise<void>;
  itemsOnShelf(shelfMark: string): Promise<Array<{ barcode: string; status: 'available' | 'mending' | 'loaned' }>>;
};
declare const mendingLedger: { append(job: MendingJob, finishedAt: string): Promise<void> };

const PRIORITY: Record<Treatment, number> = {
  'page-tear': 0,
  'hinge-tighten': 1,
  'spine-repair': 2,
  rebox: 3,
  rebind: 4,
};

export class MendingQueue {
  private jobs: MendingJob[] = [];
  private shelfIndex = new Map<string, ShelfIndexEntry>();
  private touchedShelves = new Set<string>();

  add(job: MendingJob): void {
    this.jobs.push(job);
    this.jobs.sort((a, b) => PRIORITY[a.treatment] - PRIORITY[b.treatment] || a.minutes - b.minutes);
  }

  next(conservator: string): MendingJob | undefined {
    const idx = this.jobs.findIndex((j) => j.conservator === conservator);
    return idx === -1 ? undefined : this.jobs.splice(idx, 1)[0];
  }

  async refreshShelfIndex(): Promise<void> {
    for (const shelfMark of this.touchedShelves) {
      const items = await catalogue.itemsOnShelf(shelfMark);
      this.shelfIndex.set(shelfMark, {
        shelfMark,
        barcodes: items.map((i) => i.barcode),
        availableCount: items.filter((i) => i.status === 'available').length,
      });
    }
    this.touchedShelves.clear();
  }

  async completeRepair(job: MendingJob, finishedAt = new Date()): Promise<ShelfIndexEntry | undefined> {
    this.touchedShelves.add(job.shelfMark);
    await catalogue
      .markRepaired(job.barcode, { treatment: job.treatment, by: job.conservator, minutes: job.minutes })
      .then(() => this.refreshShelfIndex);
    await mendingLedger.append(job, finishedAt.toISOString());
    return this.shelfIndex.get(job.shelfMark);
  }

  backlogMinutes(conservator?: string): number {
    return this.jobs
      .filter((j) => conservator === undefined || j.conservator === conservator)
      .reduce((sum, j) => sum + j.minutes, 0);
  }
}
