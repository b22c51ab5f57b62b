// expect: none
// readNextChip races the mat read against a deadline but clears the timer and aborts the pending once() listener in finally, so the losing side never lingers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface ChipRead {
  chipId: string;
  mat: 'start' | 'split' | 'finish';
  at: number;
}

class MatReader extends EventEmitter {
  push(read: ChipRead): void {
    this.emit('read', read);
  }
}

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

export async function readNextChip(reader: MatReader, ms: number): Promise<ChipRead> {
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no chip read within ${ms}ms`)), ms);
  });

  try {
    const [read] = (await Promise.race([once(reader, 'read', { signal: ac.signal }), deadline])) as [ChipRead];
    return read;
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
}

test('returns the first chip that crosses the mat', async () => {
  const reader = new MatReader();
  setImmediate(() => reader.push({ chipId: 'A-1042', mat: 'split', at: 3_611_200 }));

  const read = await readNextChip(reader, 500);

  assert.equal(read.chipId, 'A-1042');
  assert.equal(read.mat, 'split');
  assert.equal(reader.listenerCount('read'), 0);
});

test('rejects with DeadlineError when the mat stays quiet', async () => {
  const reader = new MatReader();

  await assert.rejects(readNextChip(reader, 20), (err: unknown) => {
    assert.ok(err instanceof DeadlineError);
    assert.match(err.message, /within 20ms/);
    return true;
  });
  assert.equal(reader.listenerCount('read'), 0);
});

test('later reads are not consumed by a finished call', async () => {
  const reader = new MatReader();
  const seen: string[] = [];
  reader.on('read', (r: ChipRead) => seen.push(r.chipId));

  setImmediate(() => reader.push({ chipId: 'B-7', mat: 'finish', at: 9_000_000 }));
  await readNextChip(reader, 200);
  reader.push({ chipId: 'B-8', mat: 'finish', at: 9_000_450 });

  assert.deepEqual(seen, ['B-7', 'B-8']);
  assert.equal(reader.listenerCount('read'), 1);
});
