// expect: none
// exportTastingNotes() rethrows AbortError untouched and only wraps genuine sink failures, and the tests check that cancellation stays an AbortError.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface TastingNote {
  barrelId: string;
  taster: string;
  vintage: number;
  score: number;
  descriptors: string[];
}

type NoteSink = (batch: TastingNote[], options: { signal: AbortSignal }) => Promise<void>;

class ExportError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ExportError';
  }
}

async function exportTastingNotes(
  notes: readonly TastingNote[],
  sink: NoteSink,
  { signal, batchSize = 2 }: { signal: AbortSignal; batchSize?: number },
): Promise<number> {
  let written = 0;
  for (let i = 0; i < notes.length; i += batchSize) {
    signal.throwIfAborted();
    const batch = notes.slice(i, i + batchSize);
    try {
      await sink(batch, { signal });
    } catch (err) {
      if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
      throw new ExportError(`batch starting at note ${i} failed`, { cause: err });
    }
    written += batch.length;
  }
  return written;
}

function note(barrelId: string, score: number): TastingNote {
  return { barrelId, taster: 'MK', vintage: 2022, score, descriptors: ['cassis', 'cedar'] };
}

const flight = [note('B-101', 88), note('B-102', 91), note('B-103', 85), note('B-104', 93), note('B-105', 90)];

describe('vineyard tasting notes export', () => {
  it('writes every note in batches', async () => {
    const batches: number[] = [];
    const sink: NoteSink = async (batch, { signal }) => {
      await sleep(1, undefined, { signal });
      batches.push(batch.length);
    };
    const written = await exportTastingNotes(flight, sink, { signal: new AbortController().signal });
    assert.equal(written, 5);
    assert.deepEqual(batches, [2, 2, 1]);
  });

  it('stops with an AbortError when cancelled mid-export', async () => {
    const controller = new AbortController();
    let calls = 0;
    const sink: NoteSink = async (_batch, { signal }) => {
      calls += 1;
      if (calls === 2) controller.abort();
      await sleep(5, undefined, { signal });
    };
    await assert.rejects(exportTastingNotes(flight, sink, { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(calls, 2);
  });

  it('does not call the sink when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let called = false;
    const sink: NoteSink = async () => {
      called = true;
    };
    await assert.rejects(exportTastingNotes(flight, sink, { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(called, false);
  });

  it('wraps a real sink failure in ExportError', async () => {
    const sink: NoteSink = async () => {
      throw new Error('cellar DB connection reset');
    };
    await assert.rejects(exportTastingNotes(flight, sink, { signal: new AbortController().signal }), (err) => {
      assert.ok(err instanceof ExportError);
      assert.match(String((err.cause as Error).message), /connection reset/);
      return true;
    });
  });
});
