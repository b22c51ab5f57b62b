// expect: none
// waitUntil receives a probe function and calls it again on every iteration, so each poll reads the barrier state afresh.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

type BarrierState = 'down' | 'raising' | 'up' | 'lowering';

class BarrierController extends EventEmitter {
  private state: BarrierState = 'down';
  private raises = 0;

  async open(plate: string): Promise<void> {
    if (this.state !== 'down') throw new Error(`barrier busy (${this.state})`);
    this.state = 'raising';
    this.raises++;
    this.emit('raising', plate);
    setTimeout(() => {
      this.state = 'up';
      this.emit('up', plate);
    }, 30);
  }

  async readState(): Promise<BarrierState> {
    await sleep(2);
    return this.state;
  }

  async isUp(): Promise<boolean> {
    return (await this.readState()) === 'up';
  }

  get totalRaises(): number {
    return this.raises;
  }
}

async function waitUntil(
  probe: () => Promise<boolean>,
  { timeoutMs = 1000, intervalMs = 5 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met within ${timeoutMs}ms`);
}

describe('BarrierController', () => {
  let barrier: BarrierController;

  beforeEach(() => {
    barrier = new BarrierController();
  });

  it('raises for a permit holder', async () => {
    await barrier.open('KX21 ZPL');
    await waitUntil(() => barrier.isUp());
    expect(await barrier.readState()).toBe('up');
    expect(barrier.totalRaises).toBe(1);
  });

  it('rejects a second open while raising', async () => {
    await barrier.open('LM70 AAR');
    await expect(barrier.open('GH19 TTE')).rejects.toThrow(/busy/);
  });

  it('times out when the barrier is never opened', async () => {
    await expect(waitUntil(() => barrier.isUp(), { timeoutMs: 40 })).rejects.toThrow(
      'condition not met within 40ms',
    );
  });

  it('emits raising before up', async () => {
    const seen: string[] = [];
    barrier.on('raising', () => seen.push('raising'));
    barrier.on('up', () => seen.push('up'));
    await barrier.open('PQ66 MMB');
    await waitUntil(async () => seen.length === 2);
    expect(seen.join(',')).toBe('raising,up');
  });
});
