// expect: none
// waitForResult settles its deferred from whichever of 'result', 'error' or 'close' fires first and detaches the other two listeners in the same step, so a failed or closed heat rejects instead of hanging and nothing settles twice.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type Marks = Record<string, number>;
interface HeatResult { heat: string; placings: string[] }

class MissingMarksError extends Error {
  constructor(readonly judges: string[]) {
    super(`no marks from ${judges.join(', ')}`);
    this.name = 'MissingMarksError';
  }
}

class HeatScorer extends EventEmitter {
  private readonly marks = new Map<string, Marks>();
  private readonly deadline: NodeJS.Timeout;

  constructor(readonly heat: string, private readonly judges: string[], windowMs = 30_000) {
    super();
    this.deadline = setTimeout(() => {
      const missing = this.judges.filter((j) => !this.marks.has(j));
      this.emit('error', new MissingMarksError(missing));
    }, windowMs);
  }

  submit(judge: string, marks: Marks): void {
    if (!this.judges.includes(judge)) throw new Error(`unknown judge ${judge}`);
    this.marks.set(judge, marks);
    if (this.marks.size === this.judges.length) {
      clearTimeout(this.deadline);
      this.emit('result', this.tally());
    }
  }

  close(): void {
    clearTimeout(this.deadline);
    this.emit('close');
  }

  private tally(): HeatResult {
    const totals = new Map<string, number>();
    for (const sheet of this.marks.values()) {
      for (const [couple, place] of Object.entries(sheet)) totals.set(couple, (totals.get(couple) ?? 0) + place);
    }
    const placings = [...totals].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([c]) => c);
    return { heat: this.heat, placings };
  }
}

function waitForResult(scorer: HeatScorer): Promise<HeatResult> {
  const { promise, resolve, reject } = Promise.withResolvers<HeatResult>();
  const onResult = (result: HeatResult) => { detach(); resolve(result); };
  const onError = (err: Error) => { detach(); reject(err); };
  const onClose = () => { detach(); reject(new Error(`heat ${scorer.heat} closed before a result`)); };
  const detach = () => {
    scorer.off('result', onResult);
    scorer.off('error', onError);
    scorer.off('close', onClose);
  };
  scorer.on('result', onResult);
  scorer.on('error', onError);
  scorer.on('close', onClose);
  return promise;
}

describe('HeatScorer', () => {
  let scorer: HeatScorer;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    scorer = new HeatScorer('quickstep-semi', ['A', 'B', 'C']);
  });

  afterEach(() => {
    scorer.close();
    scorer.removeAllListeners();
    mock.timers.reset();
  });

  it('places couples by summed marks once every judge has submitted', async () => {
    const result = waitForResult(scorer);
    scorer.submit('A', { '12': 1, '31': 2, '47': 3 });
    scorer.submit('B', { '12': 2, '31': 1, '47': 3 });
    scorer.submit('C', { '12': 1, '31': 3, '47': 2 });
    assert.deepEqual(await result, { heat: 'quickstep-semi', placings: ['12', '31', '47'] });
  });

  it('rejects with the missing judges when the window closes', async () => {
    const result = waitForResult(scorer);
    scorer.submit('A', { '12': 1 });
    mock.timers.tick(30_000);
    await assert.rejects(result, (err: unknown) => err instanceof MissingMarksError && err.judges.join() === 'B,C');
  });

  it('rejects when the heat is closed early', async () => {
    const result = waitForResult(scorer);
    scorer.close();
    await assert.rejects(result, /closed before a result/);
  });
});
