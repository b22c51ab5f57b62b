// expect: no-unobserved-promise
// podium() starts every totalFor() up front and then awaits them one by one, so if a later sculpture's scoring rejects while an earlier one is still pending (or after an earlier one already threw) that rejection has no handler and surfaces as an unhandledRejection.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface JudgeScores {
  sculptureId: string;
  scores: number[];
}

interface ScoringService {
  scoresFor(sculptureId: string): Promise<JudgeScores>;
}

interface Placing {
  sculptureId: string;
  total: number;
}

class Podium {
  private readonly cache = new Map<string, { at: number; total: number }>();

  constructor(private readonly svc: ScoringService, private readonly cacheMs = 30_000) {}

  async totalFor(sculptureId: string): Promise<number> {
    const hit = this.cache.get(sculptureId);
    if (hit && Date.now() - hit.at < this.cacheMs) return hit.total;
    const { scores } = await this.svc.scoresFor(sculptureId);
    const trimmed = [...scores].sort((a, b) => a - b).slice(1, -1);
    const total = trimmed.reduce((a, b) => a + b, 0);
    this.cache.set(sculptureId, { at: Date.now(), total });
    return total;
  }

  async podium(sculptureIds: string[]): Promise<Placing[]> {
    const pending = sculptureIds.map((id) => this.totalFor(id));
    const placings: Placing[] = [];
    for (let i = 0; i < sculptureIds.length; i++) {
      placings.push({ sculptureId: sculptureIds[i], total: await pending[i] });
    }
    return placings.sort((a, b) => b.total - a.total).slice(0, 3);
  }
}

const SCORES: Record<string, number[]> = {
  kraken: [9, 8, 7, 10, 6],
  lighthouse: [7, 7, 8, 6, 9],
  mermaid: [10, 9, 9, 10, 8],
  sandcastle: [5, 6, 4, 7, 6],
};

describe('Podium', () => {
  let scoresFor: ReturnType<typeof mock.fn<ScoringService['scoresFor']>>;
  let podium: Podium;

  beforeEach(() => {
    mock.timers.enable({ apis: ['Date'], now: new Date('2024-07-20T14:00:00Z') });
    scoresFor = mock.fn<ScoringService['scoresFor']>(async (id) => {
      const scores = SCORES[id];
      if (!scores) throw new Error(`no scoresheet for ${id}`);
      return { sculptureId: id, scores };
    });
    podium = new Podium({ scoresFor });
  });

  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
  });

  it('drops the highest and lowest judge before totalling', async () => {
    assert.equal(await podium.totalFor('kraken'), 24);
  });

  it('ranks the top three sculptures', async () => {
    const placings = await podium.podium(['sandcastle', 'kraken', 'mermaid', 'lighthouse']);
    assert.deepEqual(
      placings.map((p) => p.sculptureId),
      ['mermaid', 'kraken', 'lighthouse'],
    );
  });

  it('reuses a cached total inside the cache window', async () => {
    await podium.totalFor('mermaid');
    mock.timers.tick(29_000);
    await podium.totalFor('mermaid');
    assert.equal(scoresFor.mock.callCount(), 1);
    mock.timers.tick(2_000);
    await podium.totalFor('mermaid');
    assert.equal(scoresFor.mock.callCount(), 2);
  });

  it('fails the podium when a scoresheet is missing', async () => {
    await assert.rejects(podium.podium(['ghost', 'kraken']), /no scoresheet for ghost/);
  });
});
