// expect: no-promise-as-value
// bug: `isLidSealed()` is async, so `assert.ok(cooker.isLidSealed())` checks a promise (always truthy) and the seal test can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface ThermalSample {
  seconds: number;
  plateCelsius: number;
  steamCelsius: number;
}

class CookerUnderTest {
  private sealed = false;
  private samples: ThermalSample[] = [];

  constructor(readonly serial: string, private readonly gasketFitted = true) {}

  async closeLid(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.sealed = this.gasketFitted;
  }

  async isLidSealed(): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return this.sealed;
  }

  async runCookCycle(riceGrams: number, waterMl: number): Promise<ThermalSample[]> {
    const ratio = waterMl / riceGrams;
    this.samples = [];
    for (let seconds = 0; seconds <= 1_800; seconds += 300) {
      const boiling = seconds >= 600 && seconds < 1_500;
      this.samples.push({
        seconds,
        plateCelsius: boiling ? 104 + ratio : seconds >= 1_500 ? 70 : 25 + seconds / 10,
        steamCelsius: boiling && this.sealed ? 100 : 60,
      });
      await Promise.resolve();
    }
    return this.samples;
  }
}

describe('rice cooker thermal profile', () => {
  let cooker: CookerUnderTest;

  beforeEach(async () => {
    cooker = new CookerUnderTest('RC-2207');
    await cooker.closeLid();
  });

  it('seals the lid before the cook cycle starts', () => {
    assert.ok(cooker.isLidSealed());
  });

  it('holds the plate above boiling during the absorption phase', async () => {
    const samples = await cooker.runCookCycle(300, 450);
    const boiling = samples.filter((s) => s.seconds >= 600 && s.seconds < 1_500);
    assert.ok(boiling.length > 0);
    assert.ok(boiling.every((s) => s.plateCelsius > 100));
  });

  it('drops to keep-warm once the water is absorbed', async () => {
    const samples = await cooker.runCookCycle(300, 450);
    assert.equal(samples.at(-1)?.plateCelsius, 70);
  });

  it('produces live steam only with a fitted gasket', async () => {
    const leaky = new CookerUnderTest('RC-2208', false);
    await leaky.closeLid();
    const samples = await leaky.runCookCycle(300, 450);
    assert.ok(samples.every((s) => s.steamCelsius < 100));
  });
});
