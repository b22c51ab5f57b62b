// expect: no-unobserved-promise
// load() starts the score and tuning fetches together but awaits them one after the other, so a tuning failure while the score is still loading rejects with no handler attached.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface GamelanScore {
  pieceId: string;
  title: string;
  laras: 'slendro' | 'pelog';
  gatra: string[];
}

interface EnsembleTuning {
  ensembleId: string;
  laras: Array<'slendro' | 'pelog'>;
  centsOffset: number;
}

interface ScoreLibrary {
  fetchScore(pieceId: string): Promise<GamelanScore>;
  fetchTuning(ensembleId: string): Promise<EnsembleTuning>;
}

interface RehearsalPack {
  title: string;
  laras: 'slendro' | 'pelog';
  gatraCount: number;
  centsOffset: number;
}

class RehearsalLoader {
  constructor(private readonly library: ScoreLibrary) {}

  async load(pieceId: string, ensembleId: string): Promise<RehearsalPack> {
    const scoreRequest = this.library.fetchScore(pieceId);
    const tuningRequest = this.library.fetchTuning(ensembleId);

    const score = await scoreRequest;
    const tuning = await tuningRequest;

    if (!tuning.laras.includes(score.laras)) {
      throw new Error(`${ensembleId} has no ${score.laras} instruments for ${score.title}`);
    }
    return {
      title: score.title,
      laras: score.laras,
      gatraCount: score.gatra.length,
      centsOffset: tuning.centsOffset,
    };
  }
}

function fakeLibrary(overrides: Partial<ScoreLibrary> = {}): ScoreLibrary {
  return {
    fetchScore: async (pieceId) => ({
      pieceId,
      title: 'Ladrang Wilujeng',
      laras: 'pelog',
      gatra: ['2132', '5321', '3532', '1216'],
    }),
    fetchTuning: async (ensembleId) => ({ ensembleId, laras: ['slendro', 'pelog'], centsOffset: -7 }),
    ...overrides,
  };
}

describe('RehearsalLoader', () => {
  let loader: RehearsalLoader;

  before(() => {
    loader = new RehearsalLoader(fakeLibrary());
  });

  after(() => {
    loader = undefined as unknown as RehearsalLoader;
  });

  test('combines score and tuning into a rehearsal pack', async () => {
    const pack = await loader.load('wilujeng', 'kyai-sekar');
    assert.deepEqual(pack, { title: 'Ladrang Wilujeng', laras: 'pelog', gatraCount: 4, centsOffset: -7 });
  });

  test('refuses a piece in a laras the ensemble does not own', async () => {
    const slendroOnly = new RehearsalLoader(
      fakeLibrary({ fetchTuning: async (ensembleId) => ({ ensembleId, laras: ['slendro'], centsOffset: 0 }) }),
    );
    await assert.rejects(slendroOnly.load('wilujeng', 'village-set'), /no pelog instruments/);
  });

  test('propagates a missing score', async () => {
    const missing = new RehearsalLoader(
      fakeLibrary({
        fetchScore: async (pieceId) => {
          throw new Error(`score ${pieceId} not found`);
        },
      }),
    );
    await assert.rejects(missing.load('unknown-piece', 'kyai-sekar'), /not found/);
  });
});
