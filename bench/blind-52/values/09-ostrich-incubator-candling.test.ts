// expect: none
// Promises passed to expect() go through the awaited .resolves/.rejects matchers; every other value is awaited before it is tested or compared.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

type Verdict = 'fertile' | 'infertile' | 'early-dead' | 'unclear';

interface CandleImage {
  eggId: string;
  day: number;
  airCellPct: number;
  veinContrast: number;
}

class CandlingStation {
  private readonly verdicts = new Map<string, Verdict>();
  private readonly images = new Map<string, CandleImage>();

  async load(images: CandleImage[]): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    for (const image of images) {
      this.images.set(image.eggId, image);
    }
  }

  async classify(eggId: string): Promise<Verdict> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const image = this.images.get(eggId);
    if (!image) {
      throw new Error(`no candling image for ${eggId}`);
    }
    let verdict: Verdict;
    if (image.day < 10) {
      verdict = 'unclear';
    } else if (image.veinContrast > 0.35) {
      verdict = 'fertile';
    } else if (image.airCellPct > 30) {
      verdict = 'early-dead';
    } else {
      verdict = 'infertile';
    }
    this.verdicts.set(eggId, verdict);
    return verdict;
  }

  async hasVerdict(eggId: string): Promise<boolean> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.verdicts.has(eggId);
  }

  async fertilityRate(): Promise<number> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const all = [...this.verdicts.values()].filter((v) => v !== 'unclear');
    return all.length === 0 ? 0 : all.filter((v) => v === 'fertile').length / all.length;
  }
}

describe('ostrich egg candling station', () => {
  let station: CandlingStation;

  beforeEach(async () => {
    station = new CandlingStation();
    await station.load([
      { eggId: 'OS-101', day: 14, airCellPct: 18, veinContrast: 0.52 },
      { eggId: 'OS-102', day: 14, airCellPct: 34, veinContrast: 0.08 },
      { eggId: 'OS-103', day: 14, airCellPct: 20, veinContrast: 0.11 },
      { eggId: 'OS-104', day: 7, airCellPct: 12, veinContrast: 0.2 },
    ]);
  });

  it('classifies a veined egg as fertile', async () => {
    await expect(station.classify('OS-101')).resolves.toBe('fertile');
  });

  it('rejects an unknown egg', async () => {
    await expect(station.classify('OS-999')).rejects.toThrow(/no candling image/);
  });

  it('only records verdicts for eggs that were classified', async () => {
    await station.classify('OS-102');
    if (await station.hasVerdict('OS-103')) {
      throw new Error('OS-103 should not have a verdict yet');
    }
    expect(await station.hasVerdict('OS-102')).toBe(true);
  });

  it('leaves early eggs unclear and excludes them from the rate', async () => {
    const verdicts = await Promise.all(['OS-101', 'OS-102', 'OS-103', 'OS-104'].map((id) => station.classify(id)));
    expect(verdicts).toEqual(['fertile', 'early-dead', 'infertile', 'unclear']);
    expect(await station.fertilityRate()).toBeCloseTo(1 / 3, 5);
  });

  it('reports a zero rate before any classification', async () => {
    const rate = await station.fertilityRate();
    expect(rate === 0).toBe(true);
  });
});
