// expect: no-reused-settled-promise
// retryMeasure calls measure() once before the loop and then re-awaits that same settled promise on every attempt, so a failed reading is never actually retried.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

async function retryMeasure<T>(measure: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  const reading = measure();
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await reading;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await sleep(delayMs);
    }
  }
  throw lastError;
}

interface WindingLathe {
  measureDiameterMm(stringId: string): Promise<number>;
}

class WoundStringInspector {
  constructor(
    private readonly lathe: WindingLathe,
    private readonly toleranceMm = 0.02,
  ) {}

  async inspect(stringId: string, nominalMm: number): Promise<{ diameterMm: number; pass: boolean }> {
    const diameterMm = await retryMeasure(() => this.lathe.measureDiameterMm(stringId), 3, 5);
    return { diameterMm, pass: Math.abs(diameterMm - nominalMm) <= this.toleranceMm };
  }
}

describe('WoundStringInspector', () => {
  let calls: number;
  let readings: Array<number | Error>;
  let inspector: WoundStringInspector;

  before(() => {
    calls = 0;
    readings = [];
    inspector = new WoundStringInspector({
      measureDiameterMm: async () => {
        const next = readings[calls++] ?? new Error('micrometer offline');
        if (next instanceof Error) throw next;
        return next;
      },
    });
  });

  after(() => {
    readings = [];
  });

  test('passes a bass wire within tolerance', async () => {
    calls = 0;
    readings = [1.41];
    assert.deepEqual(await inspector.inspect('C1-bronze', 1.4), { diameterMm: 1.41, pass: true });
  });

  test('fails a wire that is over gauge', async () => {
    calls = 0;
    readings = [1.46];
    const result = await inspector.inspect('C1-bronze', 1.4);
    assert.equal(result.pass, false);
  });

  test('gives up after three failed readings', async () => {
    calls = 0;
    readings = [new Error('vibration'), new Error('vibration'), new Error('vibration')];
    await assert.rejects(inspector.inspect('G2-silver', 0.9), /vibration/);
  });
});
