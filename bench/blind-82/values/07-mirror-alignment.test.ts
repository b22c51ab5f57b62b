// expect: no-promise-as-value
// The 'within tolerance' test calls expect(bench.isAligned(twoMirror)).toBeTruthy() on an un-awaited Promise, which is always truthy, so it passes for any angle.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeTruthy(): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface MirrorSet {
  scopeId: string;
  mirrors: 2 | 3;
  angleDeg: number;
  lengthMm: number;
}

class AlignmentBench {
  private readonly measured = new Map<string, number>();

  async mount(set: MirrorSet, measuredAngleDeg: number): Promise<void> {
    await new Promise((r) => setTimeout(r, 1));
    this.measured.set(set.scopeId, measuredAngleDeg);
  }

  async angleOf(scopeId: string): Promise<number> {
    const angle = this.measured.get(scopeId);
    if (angle === undefined) throw new Error(`scope ${scopeId} is not on the bench`);
    return angle;
  }

  async isAligned(set: MirrorSet, toleranceDeg = 0.25): Promise<boolean> {
    const angle = await this.angleOf(set.scopeId);
    return Math.abs(angle - set.angleDeg) <= toleranceDeg;
  }

  async symmetryCount(set: MirrorSet): Promise<number> {
    const angle = await this.angleOf(set.scopeId);
    return Math.round(360 / angle);
  }
}

describe('AlignmentBench', () => {
  let bench: AlignmentBench;
  let twoMirror: MirrorSet;
  let threeMirror: MirrorSet;

  beforeEach(() => {
    bench = new AlignmentBench();
    twoMirror = { scopeId: 'KS-204', mirrors: 2, angleDeg: 30, lengthMm: 200 };
    threeMirror = { scopeId: 'KS-311', mirrors: 3, angleDeg: 60, lengthMm: 250 };
  });

  it('reports the measured angle of a mounted set', async () => {
    await bench.mount(twoMirror, 30.1);
    expect(await bench.angleOf('KS-204')).toBeCloseTo(30.1, 2);
  });

  it('accepts a two-mirror set within tolerance', async () => {
    await bench.mount(twoMirror, 29.9);
    expect(bench.isAligned(twoMirror)).toBeTruthy();
  });

  it('flags a three-mirror set that has slipped', async () => {
    await bench.mount(threeMirror, 61.2);
    expect(await bench.isAligned(threeMirror)).toBe(false);
  });

  it('derives the symmetry count from the mirror angle', async () => {
    await bench.mount(twoMirror, 30);
    expect(await bench.symmetryCount(twoMirror)).toBe(12);
  });

  it('refuses to measure a scope that was never mounted', async () => {
    await expect(bench.angleOf('KS-999')).rejects.toThrow('not on the bench');
  });
});
