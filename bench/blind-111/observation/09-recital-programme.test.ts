// expect: no-floating-promises
// In the unknown-piece test the expect(...).rejects assertion is neither awaited nor returned, so the test finishes before it runs and a failure would go unreported.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Piece {
  id: string;
  title: string;
  composer: string;
  minutes: number;
  bellsRequired: number;
}

interface PieceCatalogue {
  get(id: string): Promise<Piece | undefined>;
}

class RecitalProgramme {
  private readonly pieces: Piece[] = [];

  constructor(
    private readonly catalogue: PieceCatalogue,
    private readonly bellsInTower: number,
    private readonly maxMinutes = 45,
  ) {}

  async add(id: string): Promise<Piece> {
    const piece = await this.catalogue.get(id);
    if (!piece) throw new Error(`piece ${id} is not in the carillon library`);
    if (piece.bellsRequired > this.bellsInTower) {
      throw new Error(`${piece.title} needs ${piece.bellsRequired} bells, tower has ${this.bellsInTower}`);
    }
    if (this.totalMinutes() + piece.minutes > this.maxMinutes) {
      throw new Error(`${piece.title} would overrun the ${this.maxMinutes}-minute recital`);
    }
    this.pieces.push(piece);
    return piece;
  }

  totalMinutes(): number {
    return this.pieces.reduce((m, p) => m + p.minutes, 0);
  }

  titles(): string[] {
    return this.pieces.map((p) => `${p.title} (${p.composer})`);
  }
}

const library: Record<string, Piece> = {
  'vdg-pre1': { id: 'vdg-pre1', title: 'Preludium I', composer: 'Van den Gheyn', minutes: 6, bellsRequired: 35 },
  'barnes-suite': { id: 'barnes-suite', title: 'Suite for Carillon', composer: 'Barnes', minutes: 14, bellsRequired: 47 },
  'stait-toccata': { id: 'stait-toccata', title: 'Toccata', composer: 'Staf Nees', minutes: 28, bellsRequired: 49 },
};

describe('RecitalProgramme', () => {
  let catalogue: PieceCatalogue;

  beforeEach(() => {
    catalogue = { get: vi.fn(async (id: string) => library[id]) };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('adds pieces and keeps a running total', async () => {
    const programme = new RecitalProgramme(catalogue, 49);
    await programme.add('vdg-pre1');
    await programme.add('barnes-suite');
    expect(programme.totalMinutes()).toBe(20);
    expect(programme.titles()).toEqual(['Preludium I (Van den Gheyn)', 'Suite for Carillon (Barnes)']);
  });

  it('refuses pieces the tower cannot play', async () => {
    const programme = new RecitalProgramme(catalogue, 47);
    await expect(programme.add('stait-toccata')).rejects.toThrow(/needs 49 bells/);
  });

  it('refuses pieces that overrun the recital', async () => {
    const programme = new RecitalProgramme(catalogue, 49, 30);
    await programme.add('barnes-suite');
    await expect(programme.add('stait-toccata')).rejects.toThrow(/overrun the 30-minute/);
    expect(programme.totalMinutes()).toBe(14);
  });

  it('rejects pieces missing from the library', () => {
    const programme = new RecitalProgramme(catalogue, 49);
    expect(programme.add('unknown-rondo')).rejects.toThrow('not in the carillon library');
    expect(catalogue.get).toHaveBeenCalledWith('unknown-rondo');
  });
});
