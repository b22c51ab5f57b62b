// expect: none
// loaderFor returns bound method references on purpose (its return type is a loader function), and every caller invokes the loader before awaiting it.
type ManifestKind = 'gear' | 'food' | 'medical';

interface ManifestLine {
  item: string;
  kg: number;
  llamaId?: string;
}

declare const storeroom: {
  gear(trekId: string): Promise<ManifestLine[]>;
  food(trekId: string, days: number): Promise<ManifestLine[]>;
};

type Loader = (trekId: string, days: number) => Promise<ManifestLine[]>;

export class ManifestService {
  constructor(private readonly medicalKitKg = 3.5) {}

  private async medical(_trekId: string, days: number): Promise<ManifestLine[]> {
    return [
      { item: 'first aid kit', kg: this.medicalKitKg },
      { item: 'oxygen canister', kg: days > 4 ? 2 : 0 },
    ].filter((l) => l.kg > 0);
  }

  private async gear(trekId: string): Promise<ManifestLine[]> {
    return storeroom.gear(trekId);
  }

  private async food(trekId: string, days: number): Promise<ManifestLine[]> {
    const lines = await storeroom.food(trekId, days);
    return [...lines, { item: 'alfalfa pellets', kg: days * 1.2 }];
  }

  loaderFor(kind: ManifestKind): Loader {
    switch (kind) {
      case 'gear':
        return this.gear.bind(this);
      case 'food':
        return this.food.bind(this);
      case 'medical':
        return this.medical.bind(this);
    }
  }

  async fullManifest(trekId: string, days: number, kinds: ManifestKind[] = ['gear', 'food', 'medical']) {
    const loaders = kinds.map((k) => this.loaderFor(k));
    const sections = await Promise.all(loaders.map((load) => load(trekId, days)));
    return sections.flat();
  }
}

export function distribute(lines: ManifestLine[], llamaIds: string[], maxKgPerLlama = 30): ManifestLine[] {
  const loads = new Map(llamaIds.map((id) => [id, 0]));
  const sorted = [...lines].sort((a, b) => b.kg - a.kg);
  return sorted.map((line) => {
    const [lightest] = [...loads.entries()].sort((a, b) => a[1] - b[1]);
    if (!lightest || lightest[1] + line.kg > maxKgPerLlama) {
      throw new Error(`cannot fit ${line.item} (${line.kg}kg) on any llama`);
    }
    loads.set(lightest[0], lightest[1] + line.kg);
    return { ...line, llamaId: lightest[0] };
  });
}
