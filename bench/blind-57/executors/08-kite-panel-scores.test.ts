// expect: no-multiple-settle
// Bug: collectScores keeps its 'score' listener after reaching the quota, so every later score calls resolve again on the settled promise.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toBeGreaterThan(n: number): void;
};

interface JudgeScore {
  judgeId: string;
  flightId: string;
  artistry: number;
  technique: number;
}

class JudgingPanel extends EventEmitter {
  private readonly scores: JudgeScore[] = [];

  submit(score: JudgeScore): void {
    if (score.artistry < 0 || score.artistry > 10 || score.technique < 0 || score.technique > 10) {
      this.emit('error', new RangeError(`judge ${score.judgeId} submitted an out-of-range score`));
      return;
    }
    this.scores.push(score);
    this.emit('score', score);
  }

  total(flightId: string): number {
    return this.scores
      .filter((s) => s.flightId === flightId)
      .reduce((sum, s) => sum + s.artistry * 0.6 + s.technique * 0.4, 0);
  }
}

function collectScores(panel: JudgingPanel, flightId: string, judges: number): Promise<JudgeScore[]> {
  return new Promise<JudgeScore[]>((resolve, reject) => {
    const received: JudgeScore[] = [];
    panel.once('error', reject);
    panel.on('score', (score: JudgeScore) => {
      if (score.flightId !== flightId) return;
      received.push(score);
      if (received.length >= judges) {
        panel.off('error', reject);
        resolve(received);
      }
    });
  });
}

function score(judgeId: string, flightId: string, artistry: number, technique: number): JudgeScore {
  return { judgeId, flightId, artistry, technique };
}

describe('kite flight judging panel', () => {
  let panel: JudgingPanel;

  beforeEach(() => {
    panel = new JudgingPanel();
  });

  it('collects one score per judge for a flight', async () => {
    const pending = collectScores(panel, 'F-12', 3);
    panel.submit(score('ana', 'F-12', 8.5, 7));
    panel.submit(score('bo', 'F-11', 6, 6));
    panel.submit(score('cy', 'F-12', 9, 8));
    panel.submit(score('di', 'F-12', 7.5, 9));

    const scores = await pending;
    expect(scores).toHaveLength(3);
    expect(scores.map((s) => s.judgeId)).toEqual(['ana', 'cy', 'di']);
  });

  it('weights artistry over technique in the total', async () => {
    const pending = collectScores(panel, 'F-20', 2);
    panel.submit(score('ana', 'F-20', 10, 0));
    panel.submit(score('bo', 'F-20', 0, 10));
    await pending;
    expect(panel.total('F-20')).toBe(10);
  });

  it('keeps judging after the quota for the next flight', async () => {
    const first = collectScores(panel, 'F-30', 1);
    panel.submit(score('ana', 'F-30', 7, 7));
    panel.submit(score('bo', 'F-30', 8, 8));
    await first;

    const second = collectScores(panel, 'F-31', 1);
    panel.submit(score('ana', 'F-31', 5, 5));
    expect((await second)[0].artistry).toBe(5);
    expect(panel.total('F-30')).toBeGreaterThan(14);
  });

  it('rejects when a judge submits an invalid score', async () => {
    const pending = collectScores(panel, 'F-40', 2);
    panel.submit(score('ana', 'F-40', 11, 7));
    let message = '';
    try {
      await pending;
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('judge ana submitted an out-of-range score');
  });
});
