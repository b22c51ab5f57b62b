// expect: none
// The 'crossing' listener is synchronous and hands each async ingest to a promise chain that ends in a .catch, so no rejection from the store can go unhandled.
import { EventEmitter } from 'node:events';

export interface Crossing {
  bib: number;
  chip: string;
  matId: string;
  gunTimeMs: number;
}

export interface SplitStore {
  insertSplit(row: { bib: number; matId: string; gunTimeMs: number; chipTimeMs: number }): Promise<void>;
  startTimeFor(bib: number): Promise<number | undefined>;
}

export interface Logger {
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export class SplitIngest {
  private accepted = 0;
  private failed = 0;
  private readonly seen = new Set<string>();

  constructor(
    private readonly mats: EventEmitter,
    private readonly store: SplitStore,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.mats.on('crossing', this.onCrossing);
  }

  stop(): void {
    this.mats.off('crossing', this.onCrossing);
  }

  counts(): { accepted: number; failed: number } {
    return { accepted: this.accepted, failed: this.failed };
  }

  private readonly onCrossing = (crossing: Crossing): void => {
    // chips are read several times per mat pass; keep the first read only
    const key = `${crossing.bib}:${crossing.matId}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);

    this.ingest(crossing).then(
      () => {
        this.accepted++;
      },
      (err: unknown) => {
        this.failed++;
        this.seen.delete(key);
        this.log.error('split ingest failed', {
          bib: crossing.bib,
          mat: crossing.matId,
          error: err instanceof Error ? err.message : String(err),
        });
      },
    );
  };

  private async ingest(crossing: Crossing): Promise<void> {
    const start = await this.store.startTimeFor(crossing.bib);
    if (start === undefined) {
      this.log.warn('crossing for bib without a start read', { bib: crossing.bib, mat: crossing.matId });
    }
    await this.store.insertSplit({
      bib: crossing.bib,
      matId: crossing.matId,
      gunTimeMs: crossing.gunTimeMs,
      chipTimeMs: crossing.gunTimeMs - (start ?? 0),
    });
  }
}
