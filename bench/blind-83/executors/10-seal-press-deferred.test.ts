// expect: none
// The press deferred is resolved on 'cooled' or rejected on 'cracked', and whichever fires first detaches the other handler, so the withResolvers promise settles once.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

import { EventEmitter } from 'node:events';

interface Impression {
  sealId: string;
  waxColour: string;
  depthMm: number;
}

class SealPress extends EventEmitter {
  pressCount = 0;

  press(sealId: string, waxColour: string, tempC: number): Promise<Impression> {
    const { promise, resolve, reject } = Promise.withResolvers<Impression>();
    const job = ++this.pressCount;
    const cooledEvent = `cooled:${job}`;
    const crackedEvent = `cracked:${job}`;
    const onCooled = (imp: Impression) => {
      this.off(crackedEvent, onCracked);
      resolve(imp);
    };
    const onCracked = (reason: string) => {
      this.off(cooledEvent, onCooled);
      reject(new Error(`impression of ${sealId} cracked: ${reason}`));
    };
    this.once(cooledEvent, onCooled);
    this.once(crackedEvent, onCracked);

    setImmediate(() => {
      if (tempC > 95) this.emit(crackedEvent, 'wax too hot');
      else this.emit(cooledEvent, { sealId, waxColour, depthMm: Math.max(0.4, (95 - tempC) / 40) });
    });
    return promise;
  }
}

describe('SealPress', () => {
  let press: SealPress;

  beforeEach(() => {
    press = new SealPress();
  });

  it('resolves with the impression once the wax has cooled', async () => {
    const imp = await press.press('crest-17', 'oxblood', 78);
    expect(imp.sealId).toBe('crest-17');
    expect(imp.depthMm).toBeGreaterThan(0.4);
  });

  it('rejects when the wax cracks', async () => {
    await expect(press.press('crest-17', 'gold', 110)).rejects.toThrow(/too hot/);
  });

  it('does not leave stray listeners behind after either outcome', async () => {
    await press.press('monogram-2', 'navy', 70);
    await expect(press.press('monogram-2', 'navy', 120)).rejects.toThrow();
    expect(press.eventNames()).toEqual([]);
  });

  it('keeps concurrent impressions apart', async () => {
    const results = await Promise.all([
      press.press('a', 'red', 60),
      press.press('b', 'green', 80),
    ]);
    expect(results.map((r) => r.sealId)).toEqual(['a', 'b']);
    expect(press.pressCount).toBe(2);
  });
});
