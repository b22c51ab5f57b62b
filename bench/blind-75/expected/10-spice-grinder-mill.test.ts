// expect: none
// Functions are handed only to APIs that call them (assert.rejects, a step list that is invoked), and promises are awaited where values are needed.
import assert from 'node:assert/strict';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;

type Spice = 'cumin' | 'clove' | 'cardamom' | 'black-pepper' | 'coriander';

interface GrindResult {
  spice: Spice;
  grams: number;
  medianParticleMicrons: number;
  burrTempC: number;
}

interface Mill {
  warmUp(): Promise<void>;
  zero(): Promise<void>;
  setCoarseness(level: number): Promise<void>;
  grind(spice: Spice, grams: number): Promise<GrindResult>;
  purge(): Promise<void>;
  close(): Promise<void>;
}

declare function createMill(options: { burr: 'steel' | 'ceramic'; simulated: true }): Mill;

describe('spice grinder mill', () => {
  let mill: Mill;

  beforeEach(async () => {
    mill = createMill({ burr: 'ceramic', simulated: true });
    await mill.warmUp();
  });

  afterEach(async () => {
    await mill.purge();
    await mill.close();
  });

  it('rejects a zero-gram grind', async () => {
    await assert.rejects(() => mill.grind('clove', 0), /quantity must be positive/);
  });

  it('grinds cumin finer at a lower coarseness', async () => {
    const steps: Array<() => Promise<void>> = [() => mill.zero(), () => mill.setCoarseness(2)];
    for (const step of steps) await step();
    const fine = await mill.grind('cumin', 20);

    await mill.setCoarseness(7);
    const coarse = await mill.grind('cumin', 20);

    assert.ok(fine.medianParticleMicrons < coarse.medianParticleMicrons);
    assert.equal(fine.grams, 20);
  });

  it('keeps burrs below the scorch point on a long pepper run', async () => {
    await mill.setCoarseness(4);
    let hottest = 0;
    for (let batch = 0; batch < 5; batch++) {
      const result = await mill.grind('black-pepper', 50);
      hottest = Math.max(hottest, result.burrTempC);
    }
    assert.ok(hottest < 45, `burrs reached ${hottest}°C`);
  });

  it('refuses to change coarseness outside the dial range', async () => {
    await assert.rejects(mill.setCoarseness(12), RangeError);
    await assert.doesNotReject(mill.setCoarseness(9));
  });

  it('grinds a blend one spice at a time', async () => {
    const blend: [Spice, number][] = [
      ['coriander', 12],
      ['cardamom', 4],
      ['cumin', 8],
    ];
    const results: GrindResult[] = [];
    for (const [spice, grams] of blend) {
      results.push(await mill.grind(spice, grams));
    }
    assert.deepEqual(
      results.map((r) => r.spice),
      ['coriander', 'cardamom', 'cumin'],
    );
  });
});
