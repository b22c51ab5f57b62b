// expect: none
// The once() listener is combined with the action in Promise.all and the stored rejecting promise is awaited immediately, so nothing is left unobserved.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface RunTime {
  bib: number;
  heat: number;
  ms: number;
}

class ResultsBoard extends EventEmitter {
  private readonly times: RunTime[] = [];

  async submit(run: RunTime): Promise<number> {
    if (run.ms <= 0) throw new RangeError(`impossible time ${run.ms}ms for bib ${run.bib}`);
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.times.push(run);
    const rank = this.standings().findIndex((r) => r.bib === run.bib) + 1;
    this.emit('updated', { bib: run.bib, rank });
    if (rank === 1) this.emit('new-leader', run);
    return rank;
  }

  standings(): RunTime[] {
    const best = new Map<number, RunTime>();
    for (const t of this.times) {
      const prev = best.get(t.bib);
      if (!prev || t.ms < prev.ms) best.set(t.bib, t);
    }
    return [...best.values()].sort((a, b) => a.ms - b.ms);
  }
}

describe('toboggan results board', () => {
  let board: ResultsBoard;

  beforeEach(() => {
    board = new ResultsBoard();
  });

  it('announces a new leader', async () => {
    const [[run], rank] = (await Promise.all([
      once(board, 'new-leader'),
      board.submit({ bib: 4, heat: 1, ms: 41_250 }),
    ])) as [[RunTime], number];
    assert.equal(rank, 1);
    assert.equal(run.bib, 4);
  });

  it('keeps the best of several heats per sled', async () => {
    await board.submit({ bib: 4, heat: 1, ms: 41_250 });
    await board.submit({ bib: 9, heat: 1, ms: 40_980 });
    await board.submit({ bib: 4, heat: 2, ms: 40_500 });
    assert.deepEqual(
      board.standings().map((r) => r.bib),
      [4, 9],
    );
  });

  it('rejects non-positive times', async () => {
    const pending = board.submit({ bib: 11, heat: 1, ms: 0 });
    await assert.rejects(pending, RangeError);
    assert.equal(board.standings().length, 0);
  });

  it('emits an update for every accepted run', async () => {
    const updates: Array<{ bib: number; rank: number }> = [];
    board.on('updated', (u: { bib: number; rank: number }) => updates.push(u));
    await Promise.all([
      board.submit({ bib: 1, heat: 1, ms: 42_000 }),
      board.submit({ bib: 2, heat: 1, ms: 41_000 }),
    ]);
    assert.equal(updates.length, 2);
  });
});
