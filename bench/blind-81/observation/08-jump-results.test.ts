// expect: none
// The once() listener and the publish call are awaited together in one Promise.all, so the event promise is observed from the moment it is created.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface JumpScore {
  bib: number;
  distanceM: number;
  stylePoints: number[];
  windCompensation: number;
  gateFactor: number;
}

interface RoundResult {
  round: number;
  ranking: Array<{ bib: number; points: number }>;
}

const HILL_K_POINT = 120;
const METER_VALUE = 1.8;

function jumpPoints(score: JumpScore): number {
  const style = [...score.stylePoints].sort((a, b) => a - b).slice(1, -1).reduce((sum, p) => sum + p, 0);
  const distance = 60 + (score.distanceM - HILL_K_POINT) * METER_VALUE;
  return Math.round((distance + style + score.windCompensation + score.gateFactor) * 10) / 10;
}

class ResultsBoard extends EventEmitter {
  private readonly scores = new Map<number, JumpScore[]>();
  private closed = false;

  record(round: number, score: JumpScore): void {
    const list = this.scores.get(round) ?? [];
    list.push(score);
    this.scores.set(round, list);
  }

  async publish(round: number): Promise<void> {
    if (this.closed) throw new Error('board closed');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const ranking = (this.scores.get(round) ?? [])
      .map((score) => ({ bib: score.bib, points: jumpPoints(score) }))
      .sort((a, b) => b.points - a.points);
    const result: RoundResult = { round, ranking };
    this.emit('published', result);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.removeAllListeners();
  }
}

describe('ski jump results board', () => {
  let board: ResultsBoard;

  beforeEach(() => {
    board = new ResultsBoard();
    board.record(1, { bib: 7, distanceM: 124.5, stylePoints: [18, 18.5, 18, 17.5, 18], windCompensation: -2.1, gateFactor: 0 });
    board.record(1, { bib: 12, distanceM: 119, stylePoints: [17, 17, 17.5, 17, 16.5], windCompensation: 3.4, gateFactor: 0 });
  });

  afterEach(() => board.close());

  it('publishes a ranking sorted by points', async () => {
    const [[result]] = await Promise.all([once(board, 'published'), board.publish(1)]);
    const { ranking } = result as RoundResult;
    assert.deepEqual(
      ranking.map((r) => r.bib),
      [7, 12],
    );
    assert.equal(ranking[0].points, jumpPoints({ bib: 7, distanceM: 124.5, stylePoints: [18, 18.5, 18, 17.5, 18], windCompensation: -2.1, gateFactor: 0 }));
  });

  it('drops the highest and lowest style marks', () => {
    const points = jumpPoints({ bib: 1, distanceM: HILL_K_POINT, stylePoints: [20, 10, 15, 15, 15], windCompensation: 0, gateFactor: 0 });
    assert.equal(points, 105);
  });

  it('refuses to publish after the board closes', async () => {
    await board.close();
    await assert.rejects(board.publish(1), /board closed/);
  });
});
