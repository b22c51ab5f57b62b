// expect: no-multiple-settle
// When a judge submits an out-of-range score the handler tears down the listener and timer and emits a dispute, but never rejects, so the tally promise is left pending forever.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type Category = 'music' | 'performance' | 'singing';

interface ScoreSubmission {
  judge: string;
  category: Category;
  points: number;
}

class ScoringBoard extends EventEmitter {
  constructor(readonly maxPoints = 100) {
    super();
  }

  collectScores(quartet: string, judges: readonly string[], timeoutMs: number): Promise<Map<string, number>> {
    return new Promise<Map<string, number>>((resolve, reject) => {
      const scores = new Map<string, number>();

      const cleanup = (): void => {
        clearTimeout(timer);
        this.off('score', onScore);
      };

      const onScore = (sub: ScoreSubmission): void => {
        if (!judges.includes(sub.judge) || scores.has(sub.judge)) return;
        if (sub.points < 0 || sub.points > this.maxPoints) {
          cleanup();
          this.emit('dispute', { quartet, judge: sub.judge, points: sub.points });
          return;
        }
        scores.set(sub.judge, sub.points);
        if (scores.size === judges.length) {
          cleanup();
          resolve(scores);
        }
      };

      const timer = setTimeout(() => {
        cleanup();
        const missing = judges.filter((j) => !scores.has(j));
        reject(new Error(`${quartet}: no score from ${missing.join(', ')} within ${timeoutMs}ms`));
      }, timeoutMs);

      this.on('score', onScore);
    });
  }
}

function total(scores: Map<string, number>): number {
  let sum = 0;
  for (const v of scores.values()) sum += v;
  return sum;
}

describe('ScoringBoard.collectScores', () => {
  let board: ScoringBoard;
  const panel = ['Ashworth', 'Delacroix', 'Nakamura'];

  before(() => {
    board = new ScoringBoard();
  });

  after(() => {
    board.removeAllListeners();
  });

  test('resolves once every judge on the panel has scored', async () => {
    const pending = board.collectScores('Four on the Floor', panel, 200);
    board.emit('score', { judge: 'Ashworth', category: 'music', points: 78 });
    board.emit('score', { judge: 'Delacroix', category: 'performance', points: 81 });
    board.emit('score', { judge: 'Nakamura', category: 'singing', points: 80 });
    const scores = await pending;
    assert.equal(scores.size, 3);
    assert.equal(total(scores), 239);
  });

  test('ignores judges who are not on the panel and duplicate submissions', async () => {
    const pending = board.collectScores('Chordially Yours', panel, 200);
    board.emit('score', { judge: 'Visitor', category: 'music', points: 99 });
    board.emit('score', { judge: 'Ashworth', category: 'music', points: 70 });
    board.emit('score', { judge: 'Ashworth', category: 'music', points: 95 });
    board.emit('score', { judge: 'Delacroix', category: 'performance', points: 72 });
    board.emit('score', { judge: 'Nakamura', category: 'singing', points: 74 });
    const scores = await pending;
    assert.equal(scores.get('Ashworth'), 70);
    assert.equal(scores.has('Visitor'), false);
  });

  test('rejects naming the judges who never scored', async () => {
    const pending = board.collectScores('The Overtones', panel, 20);
    board.emit('score', { judge: 'Delacroix', category: 'performance', points: 65 });
    await assert.rejects(pending, /no score from Ashworth, Nakamura/);
    assert.equal(board.listenerCount('score'), 0);
  });
});
