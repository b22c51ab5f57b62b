// expect: none
// Promises reach assertions only through expect(...).resolves/rejects or after await, and the kit's presence check tests an awaited boolean.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toBeGreaterThan(n: number): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Component {
  part: 'coil' | 'variable-cap' | 'galena' | 'cats-whisker' | 'earpiece';
  installed: boolean;
}

class CrystalRadioKit {
  private whiskerContact = 0;

  constructor(private readonly parts: Component[]) {}

  async isComplete(): Promise<boolean> {
    await Promise.resolve();
    return this.parts.every((p) => p.installed);
  }

  async probeWhisker(position: number): Promise<number> {
    if (!(await this.isComplete())) throw new Error('kit incomplete: cannot probe the crystal');
    await Promise.resolve();
    // Galena has scattered "hot spots"; contact quality peaks near them.
    this.whiskerContact = Math.abs(Math.sin(position * 1.7)) * 0.9;
    return this.whiskerContact;
  }

  async signalStrength(stationKw: number, km: number): Promise<number> {
    if (this.whiskerContact === 0) return 0;
    await Promise.resolve();
    return (stationKw / (km * km)) * this.whiskerContact * 1000;
  }
}

function fullKit(): Component[] {
  return (['coil', 'variable-cap', 'galena', 'cats-whisker', 'earpiece'] as const).map((part) => ({ part, installed: true }));
}

describe('crystal radio kit', () => {
  let kit: CrystalRadioKit;

  beforeEach(() => {
    kit = new CrystalRadioKit(fullKit());
  });

  it('is complete when every part is installed', async () => {
    await expect(kit.isComplete()).resolves.toBe(true);
  });

  it('refuses to probe with the earpiece missing', async () => {
    const parts = fullKit().map((p) => (p.part === 'earpiece' ? { ...p, installed: false } : p));
    const partial = new CrystalRadioKit(parts);
    expect(await partial.isComplete()).toBe(false);
    await expect(partial.probeWhisker(1)).rejects.toThrow('kit incomplete');
  });

  it('finds a hot spot on the galena', async () => {
    await expect(kit.probeWhisker(0.92)).resolves.toBeGreaterThan(0.85);
  });

  it('hears nothing before the whisker touches the crystal', async () => {
    expect(await kit.signalStrength(50, 20)).toBe(0);
  });

  it('loses signal strength with distance', async () => {
    await kit.probeWhisker(0.92);
    const near = await kit.signalStrength(50, 20);
    const far = await kit.signalStrength(50, 80);
    expect(near).toBeGreaterThan(far);
    expect(far).toBeLessThan(near / 10);
  });
});

export {};
