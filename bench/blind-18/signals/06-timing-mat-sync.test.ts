// expect: no-leaked-race
// withinMs races the promise against a setTimeout rejection but never clears the timer, so every passing test leaves a pending timer behind.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface ChipRead {
  bib: number;
  matId: 'start' | 'split-10k' | 'half' | 'finish';
  gunOffsetMs: number;
}

class MatSyncChannel extends EventEmitter {
  private readonly buffered: ChipRead[] = [];

  push(read: ChipRead): void {
    this.buffered.push(read);
    if (this.buffered.length >= 3) this.flush();
  }

  flush(): void {
    if (this.buffered.length === 0) return;
    const batch = this.buffered.splice(0);
    queueMicrotask(() => this.emit('batch', batch));
  }

  nextBatch(): Promise<ChipRead[]> {
    return new Promise((resolve) => this.once('batch', resolve));
  }
}

function withinMs<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${label} did not settle within ${ms}ms`)), ms);
    }),
  ]);
}

describe('mat sync batching', () => {
  let channel: MatSyncChannel;

  beforeEach(() => {
    channel = new MatSyncChannel();
  });

  it('emits a batch once three reads are buffered', async () => {
    const next = channel.nextBatch();
    channel.push({ bib: 1042, matId: 'start', gunOffsetMs: 91_200 });
    channel.push({ bib: 1043, matId: 'start', gunOffsetMs: 91_450 });
    channel.push({ bib: 877, matId: 'split-10k', gunOffsetMs: 2_402_118 });

    const batch = await withinMs(next, 5_000, 'first batch');
    expect(batch).toHaveLength(3);
    expect(batch.map((r) => r.bib)).toEqual([1042, 1043, 877]);
  });

  it('flushes a partial batch on demand', async () => {
    const next = channel.nextBatch();
    channel.push({ bib: 12, matId: 'finish', gunOffsetMs: 8_211_004 });
    channel.flush();

    const batch = await withinMs(next, 5_000, 'manual flush');
    expect(batch).toHaveLength(1);
    expect(batch[0].matId).toBe('finish');
  });

  it('keeps reads in arrival order across batches', async () => {
    const reads: ChipRead[] = Array.from({ length: 6 }, (_, i) => ({
      bib: 300 + i,
      matId: 'half',
      gunOffsetMs: 4_000_000 + i * 250,
    }));
    const first = channel.nextBatch();
    reads.slice(0, 3).forEach((r) => channel.push(r));
    const a = await withinMs(first, 5_000, 'batch A');

    const second = channel.nextBatch();
    reads.slice(3).forEach((r) => channel.push(r));
    const b = await withinMs(second, 5_000, 'batch B');

    expect([...a, ...b].map((r) => r.bib)).toEqual(reads.map((r) => r.bib));
  });
});
