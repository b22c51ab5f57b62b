// expect: none
// Hooks either await or return their promises, parallel sweeps are awaited with Promise.all, and rejections are asserted with an awaited expect(...).rejects.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(expected: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface SweepPass {
  pattern: 'spiral' | 'radial';
  sandLevelMm: number;
  footprintsRemaining: number;
}

interface RingSweeper {
  reset(): Promise<void>;
  sweep(pattern: 'spiral' | 'radial', passes: number): Promise<SweepPass>;
  raiseTawara(): Promise<void>;
  stop(): Promise<void>;
  readonly ringId: string;
}

declare function createSweeper(ringId: string, options: { simulated: boolean }): RingSweeper;
declare function scatterFootprints(ringId: string, count: number): Promise<void>;

describe('sumo ring sweeper', () => {
  let east: RingSweeper;
  let west: RingSweeper;

  beforeEach(async () => {
    east = createSweeper('ryogoku-east', { simulated: true });
    west = createSweeper('ryogoku-west', { simulated: true });
    await Promise.all([east.reset(), west.reset()]);
  });

  afterEach(() => Promise.all([east.stop(), west.stop()]).then(() => undefined));

  it('clears footprints after a spiral sweep', async () => {
    await scatterFootprints(east.ringId, 40);
    const pass = await east.sweep('spiral', 3);
    expect(pass.footprintsRemaining).toBe(0);
  });

  it('sweeps both rings in parallel between bouts', async () => {
    await Promise.all([scatterFootprints(east.ringId, 25), scatterFootprints(west.ringId, 25)]);
    const [eastPass, westPass] = await Promise.all([east.sweep('radial', 2), west.sweep('radial', 2)]);
    expect(eastPass.footprintsRemaining + westPass.footprintsRemaining).toBe(0);
    expect(eastPass.sandLevelMm).toBeGreaterThan(0);
  });

  it('refuses to sweep with zero passes', async () => {
    await expect(east.sweep('spiral', 0)).rejects.toThrow(/at least one pass/);
  });

  it('keeps the sand level even after raising the tawara', async () => {
    await east.raiseTawara();
    const first = await east.sweep('spiral', 1);
    const second = await east.sweep('spiral', 1);
    expect(Math.abs(first.sandLevelMm - second.sandLevelMm) < 2).toBe(true);
  });
});
