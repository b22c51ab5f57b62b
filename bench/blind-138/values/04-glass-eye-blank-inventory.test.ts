// expect: no-promise-as-value
// The "has a 24mm hazel blank" test passes the un-awaited promise from hasBlank() to toBeTruthy(), which any promise satisfies, so the test can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Blank {
  shade: string;
  diameterMm: number;
  material: 'pmma' | 'cryolite-glass';
  onHand: number;
}

interface BlankRepository {
  findByShade(shade: string): Promise<Blank[]>;
  decrement(shade: string, diameterMm: number): Promise<number>;
}

class BlankInventory {
  constructor(private readonly repo: BlankRepository, private readonly toleranceMm = 0.5) {}

  async hasBlank(shade: string, diameterMm: number): Promise<boolean> {
    const blanks = await this.repo.findByShade(shade);
    return blanks.some((b) => b.onHand > 0 && Math.abs(b.diameterMm - diameterMm) <= this.toleranceMm);
  }

  async reserve(shade: string, diameterMm: number): Promise<Blank> {
    const blanks = await this.repo.findByShade(shade);
    const match = blanks
      .filter((b) => b.onHand > 0 && Math.abs(b.diameterMm - diameterMm) <= this.toleranceMm)
      .sort((a, b) => Math.abs(a.diameterMm - diameterMm) - Math.abs(b.diameterMm - diameterMm))[0];
    if (!match) throw new Error(`No ${shade} blank near ${diameterMm}mm`);
    await this.repo.decrement(match.shade, match.diameterMm);
    return match;
  }
}

function fakeRepo(blanks: Blank[]): BlankRepository {
  return {
    findByShade: vi.fn(async (shade: string) => blanks.filter((b) => b.shade === shade).map((b) => ({ ...b }))),
    decrement: vi.fn(async (shade: string, diameterMm: number) => {
      const blank = blanks.find((b) => b.shade === shade && b.diameterMm === diameterMm);
      if (!blank) throw new Error('missing');
      blank.onHand -= 1;
      return blank.onHand;
    }),
  };
}

describe('BlankInventory', () => {
  let repo: BlankRepository;
  let inventory: BlankInventory;

  beforeEach(() => {
    repo = fakeRepo([
      { shade: 'hazel-3', diameterMm: 24, material: 'cryolite-glass', onHand: 2 },
      { shade: 'hazel-3', diameterMm: 22, material: 'pmma', onHand: 0 },
      { shade: 'grey-1', diameterMm: 23.5, material: 'cryolite-glass', onHand: 1 },
    ]);
    inventory = new BlankInventory(repo);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has a 24mm hazel blank', () => {
    expect(inventory.hasBlank('hazel-3', 24)).toBeTruthy();
  });

  it('ignores blanks with nothing on hand', async () => {
    expect(await inventory.hasBlank('hazel-3', 22)).toBe(false);
  });

  it('reserves the closest blank within tolerance', async () => {
    const blank = await inventory.reserve('grey-1', 23.8);
    expect(blank.diameterMm).toBe(23.5);
    expect(repo.decrement).toHaveBeenCalledWith('grey-1', 23.5);
  });

  it('refuses when no blank fits', async () => {
    await expect(inventory.reserve('hazel-3', 26)).rejects.toThrow(/No hazel-3 blank/);
  });
});
