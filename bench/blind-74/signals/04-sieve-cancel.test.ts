// expect: none
// sieveBatch() passes its signal to every shake and checks it between samples; the tests catch AbortError only through assert.rejects, to check that it is raised.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as shake } from 'node:timers/promises';

interface Sample {
  id: string;
  massG: number;
  matrix: 'clay' | 'sand' | 'gravel';
}

interface SieveResult {
  sampleId: string;
  residueG: number;
  microfossils: number;
}

const SHAKE_MS: Record<Sample['matrix'], number> = { clay: 30, sand: 10, gravel: 5 };

async function sieveSample(sample: Sample, signal: AbortSignal): Promise<SieveResult> {
  // Clay needs repeated wet-shaking before fines wash through the 0.25 mm mesh.
  const passes = sample.matrix === 'clay' ? 3 : 1;
  let residue = sample.massG;
  for (let i = 0; i < passes; i++) {
    await shake(SHAKE_MS[sample.matrix], undefined, { signal });
    residue *= sample.matrix === 'gravel' ? 0.8 : 0.35;
  }
  return { sampleId: sample.id, residueG: Math.round(residue), microfossils: Math.floor(residue / 7) };
}

async function sieveBatch(samples: Sample[], { signal }: { signal: AbortSignal }): Promise<SieveResult[]> {
  const results: SieveResult[] = [];
  for (const sample of samples) {
    signal.throwIfAborted();
    results.push(await sieveSample(sample, signal));
  }
  return results;
}

const BATCH: Sample[] = [
  { id: 'QX-14-a', massG: 500, matrix: 'sand' },
  { id: 'QX-14-b', massG: 400, matrix: 'clay' },
  { id: 'QX-14-c', massG: 650, matrix: 'gravel' },
];

describe('sieveBatch', () => {
  it('processes every sample when not cancelled', async () => {
    const results = await sieveBatch(BATCH, { signal: new AbortController().signal });
    assert.deepEqual(
      results.map((r) => r.sampleId),
      ['QX-14-a', 'QX-14-b', 'QX-14-c'],
    );
    assert.equal(results[0].residueG, 175);
  });

  it('rejects with AbortError when cancelled mid-sample', async () => {
    const controller = new AbortController();
    const running = sieveBatch(BATCH, { signal: controller.signal });
    setTimeout(() => controller.abort(), 15);
    await assert.rejects(running, { name: 'AbortError' });
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('shift ended'));
    await assert.rejects(sieveBatch(BATCH, { signal: controller.signal }), /shift ended/);
  });

  it('honours AbortSignal.timeout', async () => {
    await assert.rejects(sieveBatch(BATCH, { signal: AbortSignal.timeout(20) }), (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.ok(err.name === 'AbortError' || err.name === 'TimeoutError', `unexpected ${err.name}`);
      return true;
    });
  });
});
