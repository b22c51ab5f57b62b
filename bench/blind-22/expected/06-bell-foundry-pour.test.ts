// expect: none
// Async functions are handed to test hooks and Array.map as callbacks, which invoke them; every awaited value is an actual call.
import { EventEmitter } from 'node:events';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface Ladle {
  id: number;
  kg: number;
}

class Furnace extends EventEmitter {
  tempC = 20;
  poured = 0;

  async heatTo(target: number): Promise<void> {
    while (this.tempC < target) {
      this.tempC = Math.min(target, this.tempC + 400);
      await new Promise((r) => setImmediate(r));
      this.emit('temp', this.tempC);
    }
  }

  async isAtTemperature(): Promise<boolean> {
    return this.tempC >= 1100;
  }

  async pour(kg: number): Promise<number> {
    if (!(await this.isAtTemperature())) throw new Error('bronze too cold to pour');
    this.poured += kg;
    return this.poured;
  }

  async coolDown(): Promise<void> {
    this.tempC = 20;
    this.removeAllListeners();
  }
}

let furnace: Furnace;

async function resetFurnace(): Promise<void> {
  furnace = new Furnace();
  await furnace.heatTo(1150);
}

async function pourLadle(ladle: Ladle): Promise<number> {
  return furnace.pour(ladle.kg);
}

describe('tenor bell pour', () => {
  beforeEach(resetFurnace);
  afterEach(() => furnace.coolDown());

  it('reaches pouring temperature before the first ladle', async () => {
    expect(await furnace.isAtTemperature()).toBe(true);
  });

  it('pours every ladle into the mould', async () => {
    const ladles: Ladle[] = [
      { id: 1, kg: 180 },
      { id: 2, kg: 175 },
      { id: 3, kg: 140 },
    ];
    await Promise.all(ladles.map(pourLadle));
    expect(furnace.poured).toBe(495);
  });

  it('refuses to pour once the bronze has cooled', async () => {
    await furnace.coolDown();
    await expect(pourLadle({ id: 4, kg: 90 })).rejects.toThrow(/too cold/);
  });

  it('reports rising temperature while heating', async () => {
    await furnace.coolDown();
    const seen: number[] = [];
    furnace.on('temp', (t: number) => seen.push(t));
    await furnace.heatTo(1200);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toEqual(1200);
  });
});
