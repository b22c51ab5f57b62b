// expect: no-uncalled-async-function
// stop() awaits the flushBufferedReads method reference rather than its result, so buffered chip reads are never posted on shutdown.
import type { EventEmitter } from 'node:events';

export interface ChipRead {
  chipId: string;
  matId: string;
  rssi: number;
  readAt: number;
}

export interface SplitPost {
  bib: number;
  checkpoint: string;
  gunTimeMs: number;
}

declare const resultsApi: { postSplits(splits: SplitPost[]): Promise<{ accepted: number }> };
declare const bibRegistry: { bibFor(chipId: string): number | undefined };
declare const ops: { warn(msg: string, err?: unknown): void };

const DEBOUNCE_MS = 3_000;

export class ChipMatReader {
  private buffer: ChipRead[] = [];
  private lastSeen = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly mat: EventEmitter,
    private readonly checkpoint: string,
    private readonly gunStart: number,
  ) {}

  private readonly onRead = (read: ChipRead): void => {
    if (this.closed || read.rssi < -78) return;
    const prev = this.lastSeen.get(read.chipId);
    if (prev !== undefined && read.readAt - prev < DEBOUNCE_MS) return;
    this.lastSeen.set(read.chipId, read.readAt);
    this.buffer.push(read);
  };

  start(flushEveryMs = 2_000): void {
    this.mat.on('read', this.onRead);
    this.timer = setInterval(() => {
      this.flushBufferedReads().catch((err) => ops.warn(`flush failed at ${this.checkpoint}`, err));
    }, flushEveryMs);
  }

  async flushBufferedReads(): Promise<number> {
    if (this.buffer.length === 0) return 0;
    const batch = this.buffer;
    this.buffer = [];
    const splits: SplitPost[] = [];
    for (const read of batch) {
      const bib = bibRegistry.bibFor(read.chipId);
      if (bib === undefined) continue;
      splits.push({ bib, checkpoint: this.checkpoint, gunTimeMs: read.readAt - this.gunStart });
    }
    try {
      const { accepted } = await resultsApi.postSplits(splits);
      return accepted;
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  async stop(): Promise<void> {
    this.mat.off('read', this.onRead);
    clearInterval(this.timer);
    await this.flushBufferedReads;
    this.closed = true;
    this.lastSeen.clear();
  }

  get pending(): number {
    return this.buffer.length;
  }
}
