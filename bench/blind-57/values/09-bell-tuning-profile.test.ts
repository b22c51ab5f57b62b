// expect: none
// Correct: assertions on async results either await the value first or use expect(...).resolves/.rejects, which are built to take a promise.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(message: string): Promise<void> };
};

type BellPartial = 'hum' | 'prime' | 'tierce' | 'quint' | 'nominal';

const IDEAL_RATIOS: Record<BellPartial, number> = {
  hum: 0.5,
  prime: 1,
  tierce: 1.2,
  quint: 1.5,
  nominal: 2,
};

class BellTuner {
  private readonly measured = new Map<BellPartial, number>();

  constructor(private readonly bellId: string, private readonly strikeNoteHz: number) {}

  async record(partial: BellPartial, hz: number): Promise<void> {
    await Promise.resolve();
    if (hz <= 0) throw new Error(`invalid ${partial} reading for ${this.bellId}`);
    this.measured.set(partial, hz);
  }

  async centsOff(partial: BellPartial): Promise<number> {
    await Promise.resolve();
    const hz = this.measured.get(partial);
    if (hz === undefined) throw new Error(`${partial} not measured on ${this.bellId}`);
    const ideal = this.strikeNoteHz * IDEAL_RATIOS[partial];
    return 1200 * Math.log2(hz / ideal);
  }

  async isTrue(toleranceCents = 10): Promise<boolean> {
    const partials = Object.keys(IDEAL_RATIOS) as BellPartial[];
    const offsets = await Promise.all(partials.map((p) => this.centsOff(p)));
    return offsets.every((c) => Math.abs(c) <= toleranceCents);
  }
}

describe('bell tuning profile', () => {
  let tuner: BellTuner;

  beforeEach(() => {
    tuner = new BellTuner('treble-1', 440);
  });

  it('computes cents off for the nominal', async () => {
    await tuner.record('nominal', 880);
    expect(await tuner.centsOff('nominal')).toBeCloseTo(0, 5);
  });

  it('flags a flat tierce', async () => {
    await tuner.record('tierce', 520);
    const cents = await tuner.centsOff('tierce');
    expect(Math.round(cents)).toBe(-26);
  });

  it('reports a true-harmonic bell when every partial is in tolerance', async () => {
    for (const [partial, ratio] of Object.entries(IDEAL_RATIOS) as Array<[BellPartial, number]>) {
      await tuner.record(partial, 440 * ratio * 1.002);
    }
    await expect(tuner.isTrue()).resolves.toBe(true);
  });

  it('rejects when a partial is missing', async () => {
    await tuner.record('hum', 220);
    await expect(tuner.isTrue()).rejects.toThrow('prime not measured on treble-1');
  });

  it('rejects a zero reading', async () => {
    await expect(tuner.record('quint', 0)).rejects.toThrow('invalid quint reading for treble-1');
  });
});
