// expect: none
// Correct: the withResolvers deferred is settled exactly once, by 'pressed' or by 'jam'/'error', and the listeners are removed on either path.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface PressResult {
  batchId: string;
  litres: number;
  pomaceKg: number;
}

class RackAndClothPress extends EventEmitter {
  private busy = false;

  press(batchId: string, applesKg: number): Promise<PressResult> {
    if (this.busy) return Promise.reject(new Error('press already running'));
    this.busy = true;

    const { promise, resolve, reject } = Promise.withResolvers<PressResult>();
    const onPressed = (result: PressResult) => {
      this.off('jam', onJam);
      this.off('error', onJam);
      this.busy = false;
      resolve(result);
    };
    const onJam = (reason: Error) => {
      this.off('pressed', onPressed);
      this.off('jam', onJam);
      this.off('error', onJam);
      this.busy = false;
      reject(reason);
    };
    this.once('pressed', onPressed);
    this.on('jam', onJam);
    this.on('error', onJam);

    setTimeout(() => {
      if (applesKg > 400) {
        this.emit('jam', new Error(`rack overloaded with ${applesKg} kg`));
        return;
      }
      this.emit('pressed', { batchId, litres: applesKg * 0.65, pomaceKg: applesKg * 0.35 });
    }, 5);

    return promise;
  }
}

describe('rack-and-cloth press', () => {
  let press: RackAndClothPress;

  beforeEach(() => {
    press = new RackAndClothPress();
  });

  it('yields juice proportional to the apples loaded', async () => {
    const result = await press.press('dabinett-07', 200);
    expect(result.batchId).toBe('dabinett-07');
    expect(result.litres).toBe(130);
    expect(result.pomaceKg).toBeGreaterThan(69);
  });

  it('rejects when the rack jams and frees the press for the next batch', async () => {
    await expect(press.press('kingston-black-02', 450)).rejects.toThrow(/overloaded/);
    const next = await press.press('kingston-black-03', 100);
    expect(next.litres).toBe(65);
  });

  it('refuses a second batch while one is being pressed', async () => {
    const [first, second] = await Promise.allSettled([
      press.press('yarlington-01', 120),
      press.press('yarlington-02', 120),
    ]);
    expect(first.status === 'fulfilled' ? first.value.litres : null).toBe(78);
    expect(second.status === 'rejected' ? String(second.reason) : null).toBe('Error: press already running');
  });

  it('leaves no listeners behind after a cycle', async () => {
    await press.press('foxwhelp-11', 50);
    expect([press.listenerCount('pressed'), press.listenerCount('jam'), press.listenerCount('error')]).toEqual([0, 0, 0]);
  });
});
