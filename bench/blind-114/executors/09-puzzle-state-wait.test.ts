// expect: no-multiple-settle
// waitForState settles from a setInterval that is never cleared, so after the state is reached it keeps calling resolve (or reject) on every tick.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

type PuzzleState = 'idle' | 'armed' | 'solved' | 'failed';

class PuzzleBoard {
  private readonly states = new Map<string, PuzzleState>();
  private readonly timers = new Set<NodeJS.Timeout>();

  arm(id: string): void {
    this.states.set(id, 'armed');
  }

  state(id: string): PuzzleState {
    return this.states.get(id) ?? 'idle';
  }

  simulateSolve(id: string, afterMs: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (this.state(id) === 'armed') this.states.set(id, 'solved');
    }, afterMs);
    this.timers.add(t);
  }

  shutdown(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.states.clear();
  }
}

function waitForState(board: PuzzleBoard, id: string, want: PuzzleState, timeoutMs = 1000): Promise<PuzzleState> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    setInterval(() => {
      const current = board.state(id);
      if (current === want) {
        resolve(current);
      } else if (Date.now() - started > timeoutMs) {
        reject(new Error(`puzzle ${id} stuck in ${current}, wanted ${want}`));
      }
    }, 10).unref();
  });
}

describe('PuzzleBoard', () => {
  let board: PuzzleBoard;

  before(() => {
    board = new PuzzleBoard();
  });

  after(() => {
    board.shutdown();
  });

  test('an armed puzzle reports solved once the players finish it', async () => {
    board.arm('bookshelf-cipher');
    board.simulateSolve('bookshelf-cipher', 50);
    const state = await waitForState(board, 'bookshelf-cipher', 'solved');
    assert.equal(state, 'solved');
  });

  test('a puzzle that was never armed stays idle', async () => {
    board.simulateSolve('lantern-sequence', 20);
    await assert.rejects(waitForState(board, 'lantern-sequence', 'solved', 100), /stuck in idle/);
  });

  test('arming twice does not reset a solved puzzle', async () => {
    board.arm('clock-hands');
    board.simulateSolve('clock-hands', 10);
    await waitForState(board, 'clock-hands', 'solved');
    board.arm('clock-hands');
    assert.equal(board.state('clock-hands'), 'armed');
  });
});
