// expect: none
// Correct: the single-flight cache deliberately shares one promise per key, and refresh() replaces it with a fresh call rather than re-awaiting the old one.
interface SporeLot {
  lotId: string;
  species: 'Hypnum' | 'Polytrichum' | 'Leucobryum' | 'Dicranum' | 'Thuidium';
  grams: number;
  collectedOn: string;
  germinationPct: number;
}

declare const labApi: {
  lotsFor(gardenId: string): Promise<SporeLot[]>;
};

interface CacheEntry {
  promise: Promise<SporeLot[]>;
  fetchedAt: number;
}

export class SporeInventory {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  private load(gardenId: string): Promise<SporeLot[]> {
    const promise = labApi.lotsFor(gardenId);
    const entry: CacheEntry = { promise, fetchedAt: Date.now() };
    this.entries.set(gardenId, entry);
    promise.catch(() => {
      if (this.entries.get(gardenId) === entry) this.entries.delete(gardenId);
    });
    return promise;
  }

  lots(gardenId: string): Promise<SporeLot[]> {
    const entry = this.entries.get(gardenId);
    if (entry && Date.now() - entry.fetchedAt < this.ttlMs) return entry.promise;
    return this.load(gardenId);
  }

  refresh(gardenId: string): Promise<SporeLot[]> {
    return this.load(gardenId);
  }

  async viableGrams(gardenId: string, species: SporeLot['species']): Promise<number> {
    const lots = await this.lots(gardenId);
    return lots
      .filter((l) => l.species === species)
      .reduce((sum, l) => sum + l.grams * (l.germinationPct / 100), 0);
  }

  async planCarpet(
    gardenId: string,
    species: SporeLot['species'],
    areaM2: number,
    gramsPerM2 = 4,
  ): Promise<{ enough: boolean; shortfallGrams: number }> {
    let viable = await this.viableGrams(gardenId, species);
    const needed = areaM2 * gramsPerM2;
    if (viable < needed) {
      await this.refresh(gardenId);
      viable = await this.viableGrams(gardenId, species);
    }
    return { enough: viable >= needed, shortfallGrams: Math.max(0, needed - viable) };
  }

  async oldestLot(gardenId: string): Promise<SporeLot | undefined> {
    const lots = await this.lots(gardenId);
    return [...lots].sort((a, b) => a.collectedOn.localeCompare(b.collectedOn))[0];
  }
}
