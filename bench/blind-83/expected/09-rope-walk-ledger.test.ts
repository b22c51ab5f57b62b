// expect: none
// Hooks and vi.fn receive function references on purpose, and every promise handed to expect goes through .resolves/.rejects and is awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toEqual(v: unknown): Promise<void>; toBe(v: unknown): Promise<void> };
  rejects: { toThrow(m?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
  restoreAllMocks(): void;
};

export {};

interface Spool {
  id: string;
  fibre: 'hemp' | 'manila' | 'sisal';
  strands: number;
  lengthM: number;
}

declare const ropeLedger: {
  reset(): Promise<void>;
  seed(spools: Spool[]): Promise<void>;
  spool(id: string): Promise<Spool>;
  lay(strandIds: string[], twist: 'S' | 'Z'): Promise<Spool>;
};

async function resetLedger(): Promise<void> {
  await ropeLedger.reset();
  await ropeLedger.seed([
    { id: 'h-1', fibre: 'hemp', strands: 1, lengthM: 220 },
    { id: 'h-2', fibre: 'hemp', strands: 1, lengthM: 220 },
    { id: 'h-3', fibre: 'hemp', strands: 1, lengthM: 218 },
  ]);
}

describe('rope walk ledger', () => {
  beforeEach(resetLedger);
  afterEach(vi.restoreAllMocks);

  it('returns a seeded spool', async () => {
    await expect(ropeLedger.spool('h-1')).resolves.toEqual({ id: 'h-1', fibre: 'hemp', strands: 1, lengthM: 220 });
  });

  it('lays three strands into a hawser-laid rope shortened by the twist', async () => {
    const rope = await ropeLedger.lay(['h-1', 'h-2', 'h-3'], 'Z');
    expect(rope.strands).toBe(3);
    expect(rope.lengthM < 218).toBe(true);
  });

  it('refuses to lay strands of different fibres', async () => {
    await ropeLedger.seed([{ id: 'm-1', fibre: 'manila', strands: 1, lengthM: 220 }]);
    await expect(ropeLedger.lay(['h-1', 'm-1'], 'S')).rejects.toThrow(/fibre/);
  });

  it('looks every strand up exactly once', async () => {
    const lookup = vi.fn((id: string) => ropeLedger.spool(id));
    const spools = await Promise.all(['h-1', 'h-2', 'h-3'].map((id) => lookup(id)));
    expect(lookup).toHaveBeenCalledTimes(3);
    expect(spools.map((s) => s.lengthM)).toEqual([220, 220, 218]);
  });
});
