// expect: none
// retryAssay takes a factory and invokes it on every attempt, so each retry awaits a fresh measurement promise; tests assert the attempt count.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface FinenessResult {
  sampleId: string;
  partsPerThousand: number;
  method: 'cupellation' | 'xrf';
}

class TransientAssayError extends Error {
  readonly transient = true;
}

async function retryAssay(
  measure: () => Promise<FinenessResult>,
  options: { attempts: number; backoffMs: number },
): Promise<FinenessResult> {
  let lastError: unknown;
  for (let attempt = 0; attempt < options.attempts; attempt++) {
    const pending = measure();
    try {
      return await pending;
    } catch (err) {
      lastError = err;
      if (!(err instanceof TransientAssayError)) throw err;
      await delay(options.backoffMs * 2 ** attempt);
    }
  }
  throw lastError;
}

function scriptedSpectrometer(outcomes: Array<number | Error>) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    measure: async (): Promise<FinenessResult> => {
      const outcome = outcomes[Math.min(calls, outcomes.length - 1)];
      calls += 1;
      await delay(1);
      if (outcome instanceof Error) throw outcome;
      return { sampleId: 'ingot-118', partsPerThousand: outcome, method: 'xrf' };
    },
  };
}

describe('retryAssay', () => {
  it('returns the first successful measurement without retrying', async () => {
    const spectrometer = scriptedSpectrometer([916]);
    const result = await retryAssay(spectrometer.measure, { attempts: 3, backoffMs: 1 });
    assert.equal(result.partsPerThousand, 916);
    assert.equal(spectrometer.calls, 1);
  });

  it('starts a new measurement for each transient failure', async () => {
    const spectrometer = scriptedSpectrometer([
      new TransientAssayError('detector warming up'),
      new TransientAssayError('sample drift'),
      750,
    ]);
    const result = await retryAssay(spectrometer.measure, { attempts: 5, backoffMs: 1 });
    assert.equal(result.partsPerThousand, 750);
    assert.equal(spectrometer.calls, 3);
  });

  it('gives up after the configured number of attempts', async () => {
    const spectrometer = scriptedSpectrometer([new TransientAssayError('vacuum lost')]);
    await assert.rejects(retryAssay(spectrometer.measure, { attempts: 4, backoffMs: 1 }), /vacuum lost/);
    assert.equal(spectrometer.calls, 4);
  });

  it('does not retry permanent failures', async () => {
    const spectrometer = scriptedSpectrometer([new Error('sample contaminated'), 999]);
    await assert.rejects(retryAssay(spectrometer.measure, { attempts: 4, backoffMs: 1 }), /contaminated/);
    assert.equal(spectrometer.calls, 1);
  });

  it('classifies hallmark grades from fineness', async () => {
    const spectrometer = scriptedSpectrometer([585]);
    const { partsPerThousand } = await retryAssay(spectrometer.measure, { attempts: 1, backoffMs: 1 });
    const grade = partsPerThousand >= 916 ? '22ct' : partsPerThousand >= 750 ? '18ct' : '14ct';
    assert.equal(grade, '14ct');
  });
});
