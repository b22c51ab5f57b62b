// expect: none
// Mock functions are handed to the code under test and to expect() on purpose (call assertions); every async result is awaited or passed to .resolves/.rejects.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledWith(...args: unknown[]): void;
  toHaveBeenCalledTimes(n: number): void;
  not: { toHaveBeenCalled(): void };
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): ((...args: A) => R) & { mockClear(): void };
};

interface Bird {
  bandId: string;
  species: 'brown' | 'american-white' | 'dalmatian';
  weightKg: number;
  injuries: string[];
}

interface IntakeDeps {
  lookupBand: (bandId: string) => Promise<Bird | undefined>;
  assignEnclosure: (bird: Bird) => Promise<string>;
  notifyVet: (bandId: string, reason: string) => Promise<void>;
}

async function admitBird(deps: IntakeDeps, bandId: string): Promise<{ bird: Bird; enclosure: string }> {
  const bird = await deps.lookupBand(bandId);
  if (!bird) throw new Error(`no record for band ${bandId}`);
  if (bird.injuries.length > 0 || bird.weightKg < 2.5) {
    await deps.notifyVet(bandId, bird.injuries.join(', ') || 'underweight');
  }
  const enclosure = await deps.assignEnclosure(bird);
  return { bird, enclosure };
}

describe('pelican intake', () => {
  const healthy: Bird = { bandId: 'P-1042', species: 'brown', weightKg: 3.4, injuries: [] };
  const hooked: Bird = { bandId: 'P-2210', species: 'american-white', weightKg: 6.1, injuries: ['fishhook in pouch'] };

  const lookupBand = vi.fn(async (bandId: string) => [healthy, hooked].find((b) => b.bandId === bandId));
  const assignEnclosure = vi.fn(async (bird: Bird) => (bird.injuries.length ? 'icu-2' : 'flight-pen-1'));
  const notifyVet = vi.fn(async (_bandId: string, _reason: string) => {});
  const deps: IntakeDeps = { lookupBand, assignEnclosure, notifyVet };

  beforeEach(() => {
    lookupBand.mockClear();
    assignEnclosure.mockClear();
    notifyVet.mockClear();
  });

  it('admits a healthy bird without paging the vet', async () => {
    const result = await admitBird(deps, 'P-1042');
    expect(result.enclosure).toBe('flight-pen-1');
    expect(notifyVet).not.toHaveBeenCalled();
    expect(lookupBand).toHaveBeenCalledWith('P-1042');
  });

  it('pages the vet for an injured bird and routes it to ICU', async () => {
    await expect(admitBird(deps, 'P-2210')).resolves.toEqual({ bird: hooked, enclosure: 'icu-2' });
    expect(notifyVet).toHaveBeenCalledWith('P-2210', 'fishhook in pouch');
    expect(assignEnclosure).toHaveBeenCalledTimes(1);
  });

  it('rejects unknown bands before touching enclosures', async () => {
    await expect(admitBird(deps, 'P-0000')).rejects.toThrow(/no record/);
    expect(assignEnclosure).not.toHaveBeenCalled();
  });
});
