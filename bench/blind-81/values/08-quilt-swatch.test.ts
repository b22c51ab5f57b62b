// expect: none
// The one assertion on an unawaited promise is the deliberate toBeInstanceOf(Promise) API check; every value assertion awaits first or uses .resolves/.rejects.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeInstanceOf(ctor: Function): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern?: RegExp): Promise<void> };
};

interface Swatch {
  code: string;
  fabric: 'cotton' | 'linen' | 'wool-felt' | 'silk';
  hex: string;
  yardsOnHand: number;
}

class SwatchLibrary {
  private readonly swatches = new Map<string, Swatch>();
  private readonly pending = new Map<string, Promise<Swatch>>();

  constructor(private readonly lookup: (code: string) => Promise<Swatch | undefined>) {}

  load(code: string): Promise<Swatch> {
    const cached = this.swatches.get(code);
    if (cached) return Promise.resolve(cached);
    const inflight = this.pending.get(code);
    if (inflight) return inflight;
    const request = this.lookup(code)
      .then((swatch) => {
        if (!swatch) throw new Error(`unknown swatch ${code}`);
        this.swatches.set(code, swatch);
        return swatch;
      })
      .finally(() => this.pending.delete(code));
    this.pending.set(code, request);
    return request;
  }

  async yardsNeeded(code: string, blocks: number, yardsPerBlock: number): Promise<number> {
    const swatch = await this.load(code);
    return Math.max(blocks * yardsPerBlock - swatch.yardsOnHand, 0);
  }
}

describe('quilting circle swatch library', () => {
  let lookups: string[];
  let library: SwatchLibrary;

  beforeEach(() => {
    lookups = [];
    library = new SwatchLibrary(async (code) => {
      lookups.push(code);
      if (code === 'MISSING') return undefined;
      return { code, fabric: 'cotton', hex: '#c0392b', yardsOnHand: 2 };
    });
  });

  it('returns a promise so callers can prefetch swatches', () => {
    const prefetch = library.load('RED-12');
    expect(prefetch).toBeInstanceOf(Promise);
    return prefetch.then(() => undefined);
  });

  it('resolves the swatch details', async () => {
    await expect(library.load('RED-12')).resolves.toEqual({
      code: 'RED-12',
      fabric: 'cotton',
      hex: '#c0392b',
      yardsOnHand: 2,
    });
  });

  it('shares one lookup between concurrent loads', async () => {
    const [a, b] = await Promise.all([library.load('RED-12'), library.load('RED-12')]);
    expect(a).toBe(b);
    expect(lookups).toEqual(['RED-12']);
  });

  it('computes the shortfall in yards', async () => {
    expect(await library.yardsNeeded('RED-12', 12, 0.25)).toBe(1);
  });

  it('rejects unknown swatch codes', async () => {
    await expect(library.load('MISSING')).rejects.toThrow(/unknown swatch MISSING/);
  });
});
