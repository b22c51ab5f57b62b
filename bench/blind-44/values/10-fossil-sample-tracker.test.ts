// expect: none
// Promises go to expect(...).resolves/.rejects, which is the API for them, and are otherwise awaited before assertions; no assertion compares a pending promise.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeNull(): void;
}
declare const expect: (actual: unknown) => Matchers & {
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Sample {
  jacketId: string;
  quarry: string;
  stratum: string;
  checkedOutBy: string | null;
}

class SampleTracker {
  private readonly samples = new Map<string, Sample>();

  async register(jacketId: string, quarry: string, stratum: string): Promise<Sample> {
    if (this.samples.has(jacketId)) throw new Error(`jacket ${jacketId} already registered`);
    const sample = { jacketId, quarry, stratum, checkedOutBy: null };
    this.samples.set(jacketId, sample);
    return { ...sample };
  }

  async checkout(jacketId: string, preparator: string): Promise<Sample> {
    await Promise.resolve();
    const sample = this.samples.get(jacketId);
    if (!sample) throw new Error(`unknown jacket ${jacketId}`);
    if (sample.checkedOutBy) throw new Error(`jacket ${jacketId} is with ${sample.checkedOutBy}`);
    sample.checkedOutBy = preparator;
    return { ...sample };
  }

  async holder(jacketId: string): Promise<string | null> {
    return this.samples.get(jacketId)?.checkedOutBy ?? null;
  }
}

describe('fossil jacket tracker', () => {
  let tracker: SampleTracker;

  beforeEach(async () => {
    tracker = new SampleTracker();
    await tracker.register('J-0412', 'Hell Creek north', 'upper sandstone');
    await tracker.register('J-0413', 'Hell Creek north', 'bone bed');
  });

  it('checks a jacket out to a preparator', async () => {
    await expect(tracker.checkout('J-0412', 'Okafor')).resolves.toEqual({
      jacketId: 'J-0412',
      quarry: 'Hell Creek north',
      stratum: 'upper sandstone',
      checkedOutBy: 'Okafor',
    });
    await expect(tracker.holder('J-0412')).resolves.toBe('Okafor');
  });

  it('refuses a second checkout of the same jacket', async () => {
    await tracker.checkout('J-0413', 'Lindqvist');
    await expect(tracker.checkout('J-0413', 'Okafor')).rejects.toThrow(/is with Lindqvist/);
  });

  it('refuses unknown jackets', async () => {
    await expect(tracker.checkout('J-9999', 'Okafor')).rejects.toThrow('unknown jacket J-9999');
  });

  it('reports no holder for a jacket still in the field store', async () => {
    const holder = await tracker.holder('J-0413');
    expect(holder).toBeNull();
  });

  it('rejects duplicate registration', async () => {
    await expect(tracker.register('J-0412', 'Hell Creek south', 'mudstone')).rejects.toThrow(/already registered/);
  });
});
