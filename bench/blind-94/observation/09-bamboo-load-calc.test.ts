// expect: no-floating-promises
// In the second test assert.rejects(...) is called without await, so the test ends before the rejection check runs and a failure goes unreported.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Pole { id: string; diameterMm: number; lengthM: number; species: 'moso' | 'guadua' | 'bambusa' }
interface Bay { poles: Pole[]; deckLoadKpa: number }

interface LoadService {
  check(bay: Bay): Promise<{ utilisation: number }>;
  close(): Promise<void>;
}

const CAPACITY_KN: Record<Pole['species'], number> = { moso: 18, guadua: 24, bambusa: 15 };

function createLoadService(lookupPole: (id: string) => Promise<Pole | undefined>): LoadService {
  let open = true;
  return {
    async check(bay) {
      if (!open) throw new Error('service closed');
      if (bay.poles.length < 4) throw new RangeError('a bay needs at least four standards');
      for (const pole of bay.poles) {
        if (!(await lookupPole(pole.id))) throw new Error(`unknown pole ${pole.id}`);
      }
      const capacity = bay.poles.reduce((sum, p) => sum + CAPACITY_KN[p.species] * (p.diameterMm / 80), 0);
      return { utilisation: (bay.deckLoadKpa * 4) / capacity };
    },
    async close() {
      open = false;
    },
  };
}

const pole = (id: string, species: Pole['species'] = 'moso'): Pole => ({ id, diameterMm: 80, lengthM: 6, species });

describe('bamboo scaffold load calculator', () => {
  let service: LoadService;
  let lookup: ReturnType<typeof mock.fn<(id: string) => Promise<Pole | undefined>>>;

  beforeEach(() => {
    lookup = mock.fn(async (id: string) => (id.startsWith('x') ? undefined : pole(id)));
    service = createLoadService(lookup);
  });

  afterEach(async () => {
    await service.close();
    mock.restoreAll();
  });

  it('computes utilisation for a standard bay', async () => {
    const result = await service.check({ poles: [pole('a'), pole('b'), pole('c'), pole('d')], deckLoadKpa: 3 });
    assert.ok(result.utilisation < 1);
    assert.equal(lookup.mock.callCount(), 4);
  });

  it('rejects a bay with too few standards', () => {
    assert.rejects(
      () => service.check({ poles: [pole('a'), pole('b')], deckLoadKpa: 1.5 }),
      RangeError,
    );
  });

  it('rejects unknown poles', async () => {
    await assert.rejects(
      service.check({ poles: [pole('a'), pole('b'), pole('c'), pole('x9')], deckLoadKpa: 2 }),
      /unknown pole x9/,
    );
  });
});
