// expect: none
// Promises reach assertions only through matchers made for them (toBeInstanceOf, resolves/rejects) or after await; no promise is compared or tested for truthiness.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeInstanceOf(ctor: abstract new (...args: never[]) => unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toBeGreaterThan(n: number): Promise<void> };
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

interface Performer {
  name: string;
  massKg: number;
}

class CannonLauncher {
  private psi = 0;
  private armed = false;

  constructor(private readonly maxPsi: number) {}

  async charge(targetPsi: number): Promise<number> {
    if (targetPsi > this.maxPsi) throw new RangeError(`target ${targetPsi} psi exceeds rated ${this.maxPsi} psi`);
    await Promise.resolve();
    this.psi = targetPsi;
    return this.psi;
  }

  async pressure(): Promise<number> {
    await Promise.resolve();
    return this.psi;
  }

  arm(): void {
    this.armed = this.psi > 0;
  }

  async fire(performer: Performer): Promise<number> {
    if (!this.armed) throw new Error('launcher not armed');
    await Promise.resolve();
    const velocity = Math.sqrt((2 * this.psi * 6.895 * 0.18) / performer.massKg) * 3.2;
    this.psi = 0;
    this.armed = false;
    return Math.round(velocity * 10) / 10;
  }
}

const flyer: Performer = { name: 'Zazel', massKg: 58 };

describe('CannonLauncher', () => {
  let launcher: CannonLauncher;

  beforeEach(() => {
    launcher = new CannonLauncher(150);
  });

  it('reports the charged pressure', async () => {
    await launcher.charge(120);
    expect(await launcher.pressure()).toBe(120);
  });

  it('refuses to overcharge', async () => {
    await expect(launcher.charge(180)).rejects.toThrow(/exceeds rated 150 psi/);
    await expect(launcher.pressure()).resolves.toBe(0);
  });

  it('will not fire unarmed', async () => {
    await launcher.charge(110);
    await expect(launcher.fire(flyer)).rejects.toThrow('launcher not armed');
  });

  it('returns a promise of the exit velocity and vents after firing', async () => {
    await launcher.charge(120);
    launcher.arm();
    const shot = launcher.fire(flyer);
    expect(shot).toBeInstanceOf(Promise);
    const velocity = await shot;
    expect(velocity).toBeGreaterThan(5);
    expect(await launcher.pressure()).toBe(0);
  });

  it('needs re-arming between shots', async () => {
    await launcher.charge(100);
    launcher.arm();
    await expect(launcher.fire(flyer)).resolves.toBeGreaterThan(0);
    await launcher.charge(100);
    await expect(launcher.fire(flyer)).rejects.toThrow('launcher not armed');
  });
});

export {};
