// expect: none
// Every allSettled result is narrowed on status before .value/.reason is read, and all started promises are awaited in the tests.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Dispatch {
  ringNumber: string;
  loft: string;
  capsule: string;
  flownAt: string;
}

interface ArchiveResult {
  stored: Dispatch[];
  failed: Array<{ ringNumber: string; reason: string }>;
}

type Digitiser = (dispatch: Dispatch) => Promise<Dispatch>;

async function archiveDispatches(dispatches: Dispatch[], digitise: Digitiser): Promise<ArchiveResult> {
  const results = await Promise.allSettled(dispatches.map((d) => digitise(d)));
  const outcome: ArchiveResult = { stored: [], failed: [] };

  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      outcome.stored.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      outcome.failed.push({ ringNumber: dispatches[i].ringNumber, reason });
    }
  });

  return outcome;
}

function fakeDigitiser(brittle: Set<string>): Digitiser {
  return async (dispatch) => {
    await new Promise((r) => setTimeout(r, 1));
    if (brittle.has(dispatch.ringNumber)) {
      throw new Error(`capsule ${dispatch.capsule} too brittle to unroll`);
    }
    return { ...dispatch, capsule: dispatch.capsule.toUpperCase() };
  };
}

describe('archiveDispatches', () => {
  let dispatches: Dispatch[];

  beforeEach(() => {
    dispatches = [
      { ringNumber: 'NURP-1917-044', loft: 'Verdun', capsule: 'alu-7', flownAt: '1917-06-02' },
      { ringNumber: 'NURP-1917-101', loft: 'Ypres', capsule: 'alu-9', flownAt: '1917-07-30' },
      { ringNumber: 'NURP-1918-012', loft: 'Verdun', capsule: 'brass-2', flownAt: '1918-03-21' },
    ];
  });

  it('stores every dispatch when all capsules digitise cleanly', async () => {
    const result = await archiveDispatches(dispatches, fakeDigitiser(new Set()));
    assert.equal(result.stored.length, 3);
    assert.deepEqual(result.failed, []);
    assert.equal(result.stored[2].capsule, 'BRASS-2');
  });

  it('keeps going past brittle capsules and reports them', async () => {
    const result = await archiveDispatches(dispatches, fakeDigitiser(new Set(['NURP-1917-101'])));
    assert.equal(result.stored.length, 2);
    assert.deepEqual(result.failed, [
      { ringNumber: 'NURP-1917-101', reason: 'capsule alu-9 too brittle to unroll' },
    ]);
  });

  it('reports non-Error rejections as strings', async () => {
    const digitise: Digitiser = (d) =>
      d.loft === 'Ypres' ? Promise.reject('scanner jammed') : Promise.resolve(d);
    const result = await archiveDispatches(dispatches, digitise);
    assert.deepEqual(
      result.failed.map((f) => f.reason),
      ['scanner jammed'],
    );
  });

  it('handles an empty accession batch', async () => {
    const result = await archiveDispatches([], fakeDigitiser(new Set()));
    assert.deepEqual(result, { stored: [], failed: [] });
  });
});
