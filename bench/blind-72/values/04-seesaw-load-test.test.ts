// expect: none
// Values written by the 'cycle' listener are only read after `await once(rig, 'done')`, and promises are asserted with `await expect(...).resolves`, never as values.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void> };
};

interface CycleSample {
  cycle: number;
  deflectionMm: number;
  pivotTempC: number;
}

class LoadRig extends EventEmitter {
  constructor(private readonly loadKg: number) {
    super();
  }

  run(cycles: number): void {
    let n = 0;
    const tick = () => {
      n++;
      this.emit('cycle', {
        cycle: n,
        deflectionMm: +(this.loadKg * 0.04 + n * 0.001).toFixed(3),
        pivotTempC: 20 + n * 0.02,
      } satisfies CycleSample);
      if (n < cycles) setImmediate(tick);
      else this.emit('done', n);
    };
    setImmediate(tick);
  }

  async certify(maxDeflectionMm: number, cycles: number): Promise<boolean> {
    let worst = 0;
    const onCycle = (s: CycleSample) => {
      worst = Math.max(worst, s.deflectionMm);
    };
    this.on('cycle', onCycle);
    try {
      const done = once(this, 'done');
      this.run(cycles);
      await done;
    } finally {
      this.off('cycle', onCycle);
    }
    return worst <= maxDeflectionMm;
  }
}

describe('seesaw beam load rig', () => {
  let rig: LoadRig;

  beforeEach(() => {
    rig = new LoadRig(80);
  });

  it('records one sample per cycle', async () => {
    const samples: CycleSample[] = [];
    rig.on('cycle', (s: CycleSample) => samples.push(s));
    const done = once(rig, 'done');
    rig.run(25);
    const [count] = await done;
    expect(count).toBe(25);
    expect(samples.length).toBe(25);
    expect(samples[24].cycle).toBe(25);
  });

  it('pivot warms up under sustained load', async () => {
    let lastTemp = 0;
    rig.on('cycle', (s: CycleSample) => {
      lastTemp = s.pivotTempC;
    });
    const done = once(rig, 'done');
    rig.run(100);
    await done;
    expect(lastTemp).toBeGreaterThan(21.9);
  });

  it('certifies an 80 kg load within 4 mm', async () => {
    await expect(rig.certify(4, 50)).resolves.toBe(true);
  });

  it('fails certification for a tighter limit', async () => {
    const certified = await rig.certify(3, 50);
    expect(certified).toBe(false);
  });
});
