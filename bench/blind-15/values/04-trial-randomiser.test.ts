// expect: none
// Every randomisation call is awaited (or checked with .resolves/.rejects) before its result is asserted on.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(expected: unknown): void;
  toBeLessThanOrEqual(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toMatch(re: RegExp): Promise<void> };
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

type Arm = 'placebo' | 'low-dose' | 'high-dose';

interface Participant {
  id: string;
  site: string;
  ageBand: '18-40' | '41-65' | '65+';
}

class BlockRandomiser {
  private readonly assignments = new Map<string, Arm>();
  private block: Arm[] = [];

  private state: number;

  constructor(
    private readonly arms: Arm[],
    seed: number,
  ) {
    this.state = seed;
  }

  private nextRandom(): number {
    this.state = (this.state * 1103515245 + 12345) % 2 ** 31;
    return this.state / 2 ** 31;
  }

  async assign(p: Participant): Promise<Arm> {
    if (this.assignments.has(p.id)) {
      throw new Error(`participant ${p.id} already randomised`);
    }
    if (this.block.length === 0) {
      this.block = [...this.arms, ...this.arms];
      for (let i = this.block.length - 1; i > 0; i--) {
        const j = Math.floor(this.nextRandom() * (i + 1));
        [this.block[i], this.block[j]] = [this.block[j], this.block[i]];
      }
    }
    const arm = this.block.pop()!;
    await Promise.resolve();
    this.assignments.set(p.id, arm);
    return arm;
  }

  async allocationCode(p: Participant): Promise<string> {
    const arm = this.assignments.get(p.id);
    if (!arm) throw new Error('not randomised');
    return `${p.site}-${p.id}-${arm.slice(0, 2).toUpperCase()}`;
  }
}

describe('BlockRandomiser', () => {
  let randomiser: BlockRandomiser;
  const arms: Arm[] = ['placebo', 'low-dose', 'high-dose'];

  beforeEach(() => {
    randomiser = new BlockRandomiser(arms, 42);
  });

  it('assigns one of the configured arms', async () => {
    const arm = await randomiser.assign({ id: 'P001', site: 'LDN', ageBand: '18-40' });
    expect(arms).toContain(arm);
  });

  it('keeps arms balanced within a block of six', async () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 6; i++) {
      const arm = await randomiser.assign({ id: `P${i}`, site: 'MAN', ageBand: '41-65' });
      counts[arm] = (counts[arm] ?? 0) + 1;
    }
    expect(counts).toEqual({ placebo: 2, 'low-dose': 2, 'high-dose': 2 });
  });

  it('refuses to randomise the same participant twice', async () => {
    const p: Participant = { id: 'P900', site: 'LDN', ageBand: '65+' };
    await randomiser.assign(p);
    await expect(randomiser.assign(p)).rejects.toThrow(/already randomised/);
  });

  it('builds an allocation code after randomisation', async () => {
    const p: Participant = { id: 'P123', site: 'EDI', ageBand: '18-40' };
    await randomiser.assign(p);
    await expect(randomiser.allocationCode(p)).resolves.toMatch(/^EDI-P123-(PL|LO|HI)$/);
  });

  it('is deterministic for a given seed', async () => {
    const other = new BlockRandomiser(arms, 42);
    const p: Participant = { id: 'P777', site: 'GLA', ageBand: '41-65' };
    const first = await randomiser.assign(p);
    const second = await other.assign(p);
    expect(first).toBe(second);
  });
});
