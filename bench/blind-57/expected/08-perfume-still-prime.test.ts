// expect: no-uncalled-async-function
// Bug: primeFor's 'enfleurage' branch returns still.coldPrime (the function) instead of calling it, so the hook awaits nothing and the still is never cold-primed.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type Method = 'steam' | 'hydro' | 'enfleurage';

interface Fraction {
  name: string;
  ml: number;
  method: Method;
}

class DistillerStill {
  primedWith: Method | null = null;
  private temperatureC = 20;

  async primeSteam(): Promise<void> {
    await sleep(5);
    this.temperatureC = 100;
    this.primedWith = 'steam';
  }

  async primeHydro(): Promise<void> {
    await sleep(5);
    this.temperatureC = 96;
    this.primedWith = 'hydro';
  }

  async coldPrime(): Promise<void> {
    await sleep(5);
    this.temperatureC = 18;
    this.primedWith = 'enfleurage';
  }

  async distil(botanical: string, kg: number): Promise<Fraction> {
    if (!this.primedWith) throw new Error('still is not primed');
    await sleep(2);
    const yieldPerKg = this.temperatureC >= 96 ? 1.8 : 0.6;
    return { name: `${botanical}-absolute`, ml: Math.round(kg * yieldPerKg * 10) / 10, method: this.primedWith };
  }
}

function primeFor(still: DistillerStill, method: Method) {
  switch (method) {
    case 'steam':
      return still.primeSteam();
    case 'hydro':
      return still.primeHydro();
    case 'enfleurage':
      return still.coldPrime;
  }
}

const cases: Array<{ method: Method; botanical: string; kg: number; expectedMl: number }> = [
  { method: 'steam', botanical: 'lavender', kg: 10, expectedMl: 18 },
  { method: 'hydro', botanical: 'rose', kg: 5, expectedMl: 9 },
  { method: 'enfleurage', botanical: 'tuberose', kg: 4, expectedMl: 2.4 },
];

for (const { method, botanical, kg, expectedMl } of cases) {
  describe(`${method} distillation`, () => {
    let still: DistillerStill;

    beforeEach(async () => {
      still = new DistillerStill();
      await primeFor(still, method);
    });

    it('records the priming method on the still', () => {
      assert.equal(still.primedWith, method);
    });

    it(`yields ${expectedMl} ml of ${botanical}`, async () => {
      const fraction = await still.distil(botanical, kg);
      assert.equal(fraction.ml, expectedMl);
      assert.equal(fraction.method, method);
      assert.match(fraction.name, new RegExp(`^${botanical}`));
    });
  });
}

describe('unprimed still', () => {
  it('refuses to distil', async () => {
    const still = new DistillerStill();
    await assert.rejects(still.distil('vetiver', 2), /not primed/);
  });
});
