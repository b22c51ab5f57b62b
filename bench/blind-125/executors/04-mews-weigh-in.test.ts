// expect: no-multiple-settle
// The waitForWeighIn helper never clears its timeout, so after the 'weighed' event resolves the promise the timer still fires and calls reject on it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface WeighIn {
  bird: string;
  grams: number;
}

class MewsScale extends EventEmitter {
  private readonly flyingWeights = new Map<string, number>();

  setFlyingWeight(bird: string, grams: number): void {
    this.flyingWeights.set(bird, grams);
  }

  record(bird: string, grams: number): void {
    this.emit('weighed', { bird, grams } satisfies WeighIn);
  }

  rationFor(weighIn: WeighIn): number {
    const target = this.flyingWeights.get(weighIn.bird);
    if (target === undefined) throw new Error(`no flying weight for ${weighIn.bird}`);
    const deficit = target - weighIn.grams;
    // Roughly one gram of day-old chick per gram under flying weight, capped.
    return Math.max(0, Math.min(deficit, 60));
  }
}

function waitForWeighIn(scale: MewsScale, bird: string, timeoutMs: number): Promise<WeighIn> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      scale.off('weighed', onWeighed);
      reject(new Error(`${bird} was not weighed within ${timeoutMs} ms`));
    }, timeoutMs);

    function onWeighed(w: WeighIn): void {
      if (w.bird !== bird) return;
      scale.off('weighed', onWeighed);
      resolve(w);
    }

    scale.on('weighed', onWeighed);
  });
}

describe('MewsScale rations', () => {
  let scale: MewsScale;

  beforeEach(() => {
    vi.useFakeTimers();
    scale = new MewsScale();
    scale.setFlyingWeight('harris-hawk-tilly', 720);
    scale.setFlyingWeight('kestrel-bo', 195);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('feeds the deficit when a bird is under weight', async () => {
    const pending = waitForWeighIn(scale, 'harris-hawk-tilly', 5_000);
    scale.record('harris-hawk-tilly', 690);
    const weighIn = await pending;
    expect(scale.rationFor(weighIn)).toBe(30);
  });

  it('ignores other birds on the scale', async () => {
    const pending = waitForWeighIn(scale, 'kestrel-bo', 5_000);
    scale.record('harris-hawk-tilly', 700);
    scale.record('kestrel-bo', 201);
    const weighIn = await pending;
    expect(weighIn.grams).toBe(201);
    expect(scale.rationFor(weighIn)).toBe(0);
  });

  it('times out when nobody weighs the bird', async () => {
    const pending = waitForWeighIn(scale, 'kestrel-bo', 1_000);
    vi.advanceTimersByTime(1_000);
    await expect(pending).rejects.toThrow(/not weighed/);
  });

  it('caps the ration for badly under-weight birds', () => {
    expect(scale.rationFor({ bird: 'harris-hawk-tilly', grams: 600 })).toBe(60);
  });
});
