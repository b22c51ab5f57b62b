// expect: none
// Arrow-field handlers are registered as callbacks by reference on purpose; the async work inside them is either awaited in a serial queue or has its rejection handled.
import { EventEmitter } from "node:events";

export interface SeedBatch {
  batchId: string;
  lot: string;
  kilograms: number;
  hullMoisturePct: number;
}

export interface SortResult {
  batchId: string;
  confection: number;
  oilseed: number;
  rejects: number;
}

declare const hopperFeed: EventEmitter;
declare const opticalSorter: {
  sort(batch: SeedBatch): Promise<SortResult>;
};
declare const statsSink: {
  write(totals: SortResult[]): Promise<void>;
};
declare const logger: { error(msg: string, err?: unknown): void; info(msg: string): void };

type Task = () => Promise<void>;

export class SortingLine {
  private readonly queue: Task[] = [];
  private draining = false;
  private readonly results: SortResult[] = [];
  private statsTimer?: NodeJS.Timeout;

  start(): void {
    hopperFeed.on("batch", this.onBatch);
    hopperFeed.on("error", this.onFeedError);
    this.statsTimer = setInterval(this.flushStats, 30_000);
  }

  stop(): void {
    hopperFeed.off("batch", this.onBatch);
    hopperFeed.off("error", this.onFeedError);
    if (this.statsTimer) clearInterval(this.statsTimer);
  }

  private readonly onBatch = (batch: SeedBatch): void => {
    if (batch.hullMoisturePct > 12) {
      logger.info(`batch ${batch.batchId} too damp (${batch.hullMoisturePct}%), routing to dryer`);
      return;
    }
    this.enqueue(() => this.sortOne(batch));
  };

  private readonly onFeedError = (err: Error): void => {
    logger.error("hopper feed error", err);
  };

  private readonly flushStats = (): void => {
    const snapshot = this.results.splice(0);
    if (snapshot.length === 0) return;
    statsSink.write(snapshot).catch((err: unknown) => {
      this.results.unshift(...snapshot);
      logger.error("stats flush failed; will retry next interval", err);
    });
  };

  private enqueue(task: Task): void {
    this.queue.push(task);
    if (!this.draining) {
      this.drain().catch((err: unknown) => logger.error("sorting queue crashed", err));
    }
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      let task: Task | undefined;
      while ((task = this.queue.shift())) {
        try {
          await task();
        } catch (err) {
          logger.error("batch failed", err);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async sortOne(batch: SeedBatch): Promise<void> {
    const result = await opticalSorter.sort(batch);
    this.results.push(result);
  }

  async sortAll(batches: readonly SeedBatch[]): Promise<SortResult[]> {
    return Promise.all(batches.map((b) => opticalSorter.sort(b)));
  }
}
