// expect: none
// uploadPattern observes its signal between chunks and forwards it to every send and back-off sleep; the tests assert that an abort rejects with AbortError rather than being retried.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void>; toMatchObject(expected: object): Promise<void> };
};

interface PatternChunk {
  rowFrom: number;
  rows: string[];
}

type ChunkSender = (loomId: string, chunk: PatternChunk, signal: AbortSignal) => Promise<{ ok: boolean; busy?: boolean }>;

function chunkPattern(rows: string[], size: number): PatternChunk[] {
  const chunks: PatternChunk[] = [];
  for (let i = 0; i < rows.length; i += size) {
    chunks.push({ rowFrom: i, rows: rows.slice(i, i + size) });
  }
  return chunks;
}

async function uploadPattern(
  send: ChunkSender,
  loomId: string,
  rows: string[],
  signal: AbortSignal,
): Promise<number> {
  let sent = 0;
  for (const chunk of chunkPattern(rows, 64)) {
    signal.throwIfAborted();
    for (let attempt = 0; ; attempt++) {
      const result = await send(loomId, chunk, signal);
      if (result.ok) break;
      if (!result.busy || attempt >= 5) throw new Error(`loom ${loomId} refused rows from ${chunk.rowFrom}`);
      await sleep(50 * 2 ** attempt, undefined, { signal });
    }
    sent += chunk.rows.length;
  }
  return sent;
}

function weave(rowsCount: number): string[] {
  return Array.from({ length: rowsCount }, (_, i) => (i % 2 === 0 ? 'XOXOXOXO' : 'OXOXOXOX'));
}

describe('jacquard pattern upload', () => {
  let received: PatternChunk[];
  let busyFor: number;

  const sender: ChunkSender = async (_loomId, chunk, signal) => {
    signal.throwIfAborted();
    if (busyFor > 0) {
      busyFor--;
      return { ok: false, busy: true };
    }
    received.push(chunk);
    return { ok: true };
  };

  beforeEach(() => {
    received = [];
    busyFor = 0;
  });

  it('uploads the full pattern in 64-row chunks', async () => {
    const total = await uploadPattern(sender, 'L-04', weave(150), new AbortController().signal);
    expect(total).toBe(150);
    expect(received.map((c) => c.rowFrom)).toEqual([0, 64, 128]);
  });

  it('backs off while the loom is busy', async () => {
    busyFor = 2;
    const total = await uploadPattern(sender, 'L-04', weave(10), new AbortController().signal);
    expect(total).toBe(10);
  });

  it('rejects with AbortError when the weaver cancels mid-upload', async () => {
    const controller = new AbortController();
    busyFor = 100;
    const upload = uploadPattern(sender, 'L-07', weave(64), controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not start when already aborted', async () => {
    await expect(uploadPattern(sender, 'L-07', weave(64), AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(received).toEqual([]);
  });
});
