// expect: none
// The pipeline passes its signal to every grader call and pause, and its per-card catch records only ordinary failures, rethrowing once the signal is aborted, so the abort tests see an AbortError reach the caller.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Card {
  certId: string;
  title: string;
}

type CardResult = { certId: string; grade: number } | { certId: string; error: string };

interface Grader {
  grade(card: Card, opts: { signal: AbortSignal }): Promise<number>;
}

class GradingPipeline {
  constructor(private readonly grader: Grader, private readonly pauseMs = 5) {}

  async processBatch(cards: Card[], signal: AbortSignal): Promise<CardResult[]> {
    const results: CardResult[] = [];
    for (const card of cards) {
      signal.throwIfAborted();
      try {
        const grade = await this.grader.grade(card, { signal });
        results.push({ certId: card.certId, grade });
      } catch (err) {
        if (signal.aborted) throw err;
        results.push({ certId: card.certId, error: err instanceof Error ? err.message : String(err) });
      }
      await delay(this.pauseMs, undefined, { signal });
    }
    return results;
  }
}

const CARDS: Card[] = [
  { certId: 'C-1', title: 'Detective Comics 27' },
  { certId: 'C-2', title: 'X-Men 1' },
  { certId: 'C-3', title: 'Saga 1' },
];

describe('GradingPipeline', () => {
  let grader: Grader;
  let pipeline: GradingPipeline;
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
    grader = {
      async grade(card, { signal }) {
        await delay(2, undefined, { signal });
        return card.certId === 'C-2' ? 9.4 : 8.0;
      },
    };
    pipeline = new GradingPipeline(grader, 1);
  });

  afterEach(() => {
    controller.abort();
    mock.restoreAll();
  });

  it('grades every card and records per-card failures', async () => {
    mock.method(grader, 'grade', async (card: Card) => {
      if (card.certId === 'C-3') throw new Error('slab cracked');
      return 9.0;
    });
    const results = await pipeline.processBatch(CARDS, controller.signal);
    assert.deepEqual(results, [
      { certId: 'C-1', grade: 9.0 },
      { certId: 'C-2', grade: 9.0 },
      { certId: 'C-3', error: 'slab cracked' },
    ]);
  });

  it('stops at the card in flight when the batch is cancelled', async () => {
    const seen: string[] = [];
    mock.method(grader, 'grade', async (card: Card, opts: { signal: AbortSignal }) => {
      seen.push(card.certId);
      if (card.certId === 'C-2') controller.abort();
      opts.signal.throwIfAborted();
      return 8.5;
    });
    await assert.rejects(pipeline.processBatch(CARDS, controller.signal), { name: 'AbortError' });
    assert.deepEqual(seen, ['C-1', 'C-2']);
  });

  it('does not start when the signal is already aborted', async () => {
    const spy = mock.method(grader, 'grade');
    await assert.rejects(pipeline.processBatch(CARDS, AbortSignal.abort()), { name: 'AbortError' });
    assert.equal(spy.mock.callCount(), 0);
  });
});
