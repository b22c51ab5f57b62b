// expect: none
// Correct: pourAll narrows every allSettled result on status before reading value or reason, and the tests await every promise they start.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface MouldPour {
  mouldId: string;
  bellNote: string;
  bronzeKg: number;
}

interface PourOutcome {
  poured: Array<{ mouldId: string; tempC: number }>;
  failed: Array<{ mouldId: string; reason: string }>;
}

class FakeCrucible {
  metalKg: number;
  readonly cracked = new Set<string>();

  constructor(metalKg: number) {
    this.metalKg = metalKg;
  }

  async pour(mould: MouldPour): Promise<{ mouldId: string; tempC: number }> {
    await Promise.resolve();
    if (this.cracked.has(mould.mouldId)) throw new Error(`mould ${mould.mouldId} cracked during preheat`);
    if (mould.bronzeKg > this.metalKg) throw new Error(`not enough bronze for ${mould.mouldId}`);
    this.metalKg -= mould.bronzeKg;
    return { mouldId: mould.mouldId, tempC: 1150 - Math.round(mould.bronzeKg / 10) };
  }
}

async function pourAll(crucible: FakeCrucible, moulds: MouldPour[]): Promise<PourOutcome> {
  const ordered = [...moulds].sort((a, b) => b.bronzeKg - a.bronzeKg);
  const results = await Promise.allSettled(ordered.map((m) => crucible.pour(m)));
  const outcome: PourOutcome = { poured: [], failed: [] };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      outcome.poured.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      outcome.failed.push({ mouldId: ordered[i].mouldId, reason });
    }
  });
  return outcome;
}

describe('bell foundry pour schedule', () => {
  let crucible: FakeCrucible;
  const moulds: MouldPour[] = [
    { mouldId: 'tenor', bellNote: 'D', bronzeKg: 600 },
    { mouldId: 'treble', bellNote: 'D5', bronzeKg: 120 },
    { mouldId: 'fifth', bellNote: 'A', bronzeKg: 300 },
  ];

  beforeEach(() => {
    crucible = new FakeCrucible(1100);
  });

  it('pours the heaviest mould first', async () => {
    const outcome = await pourAll(crucible, moulds);
    expect(outcome.poured.map((p) => p.mouldId)).toEqual(['tenor', 'fifth', 'treble']);
    expect(outcome.failed).toHaveLength(0);
    expect(crucible.metalKg).toBe(80);
  });

  it('reports a cracked mould without losing the others', async () => {
    crucible.cracked.add('fifth');
    const outcome = await pourAll(crucible, moulds);
    expect(outcome.failed).toEqual([{ mouldId: 'fifth', reason: 'mould fifth cracked during preheat' }]);
    expect(outcome.poured).toHaveLength(2);
  });

  it('runs out of bronze on the last mould', async () => {
    crucible = new FakeCrucible(950);
    const outcome = await pourAll(crucible, moulds);
    expect(outcome.failed.map((f) => f.mouldId)).toEqual(['treble']);
    expect(outcome.poured[0].tempC).toBe(1090);
  });
});
