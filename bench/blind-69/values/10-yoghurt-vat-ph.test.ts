// expect: none
// Every assertion compares awaited values; the only promises given to assert are passed to assert.rejects/doesNotReject, which are built to take promises and are awaited.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

export interface CultureVat {
  readPh(): Promise<number>;
  readTempC(): Promise<number>;
  inoculate(strain: string, grams: number): Promise<void>;
  isFermenting(): Promise<boolean>;
}

export function createVat(options: { startPh: number; tempC: number }): CultureVat & { advanceHours(h: number): void } {
  let ph = options.startPh;
  let inoculated = false;
  let hours = 0;
  return {
    async readPh() {
      return Math.round(ph * 100) / 100;
    },
    async readTempC() {
      return options.tempC;
    },
    async inoculate(strain: string, grams: number) {
      if (options.tempC < 40 || options.tempC > 46) {
        throw new Error(`cannot inoculate ${strain}: temperature ${options.tempC}C outside 40-46C`);
      }
      if (grams <= 0) throw new RangeError('culture dose must be positive');
      inoculated = true;
    },
    async isFermenting() {
      return inoculated && hours < 8 && ph > 4.5;
    },
    advanceHours(h: number) {
      hours += h;
      if (inoculated) ph = Math.max(4.2, ph - 0.3 * h);
    },
  };
}

describe('culture vat', () => {
  let vat: ReturnType<typeof createVat>;

  beforeEach(() => {
    vat = createVat({ startPh: 6.6, tempC: 43 });
  });

  it('starts at milk pH', async () => {
    assert.equal(await vat.readPh(), 6.6);
    assert.equal(await vat.isFermenting(), false);
  });

  it('acidifies once inoculated', async () => {
    await assert.doesNotReject(vat.inoculate('thermophilus', 25));
    vat.advanceHours(4);
    assert.equal(await vat.readPh(), 5.4);
    assert.ok(await vat.isFermenting());
  });

  it('stops fermenting once the set point is reached', async () => {
    await vat.inoculate('bulgaricus', 25);
    vat.advanceHours(7);
    const ph = await vat.readPh();
    assert.ok(ph <= 4.5, `expected set point, got pH ${ph}`);
    assert.equal(await vat.isFermenting(), false);
  });

  it('refuses to inoculate a cold vat', async () => {
    const cold = createVat({ startPh: 6.6, tempC: 31 });
    await assert.rejects(cold.inoculate('acidophilus', 20), /outside 40-46C/);
    assert.equal(await cold.isFermenting(), false);
  });

  it('rejects a zero culture dose', async () => {
    await assert.rejects(vat.inoculate('thermophilus', 0), RangeError);
  });
});
