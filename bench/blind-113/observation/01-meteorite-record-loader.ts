// expect: no-unobserved-promise
// The thin-section request is started next to the record request but has no handler while the record and paired falls are awaited, so if it fails first its rejection is unhandled.
export interface CatalogueRecord {
  id: string;
  name: string;
  recclass: string;
  massGrams: number;
  findCoordinates: [number, number] | null;
  curator: string;
}

export interface ThinSection {
  slideId: string;
  url: string;
  magnification: number;
  polarised: boolean;
}

export interface SpecimenPage {
  record: CatalogueRecord;
  sections: ThinSection[];
  pairedWith: string[];
}

export class MeteoriteCatalogueClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async getJson<T>(path: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`catalogue ${path} -> HTTP ${res.status}`);
    return (await res.json()) as T;
  }

  async loadSpecimenPage(id: string): Promise<SpecimenPage> {
    const recordRequest = this.getJson<CatalogueRecord>(`/records/${encodeURIComponent(id)}`);
    const sectionsRequest = this.getJson<ThinSection[]>(`/records/${encodeURIComponent(id)}/thin-sections`);

    const record = await recordRequest;
    const pairedWith = await this.findPairedFalls(record);
    const sections = await sectionsRequest;

    return {
      record,
      sections: sections.sort((a, b) => a.magnification - b.magnification || Number(a.polarised) - Number(b.polarised)),
      pairedWith,
    };
  }

  private async findPairedFalls(record: CatalogueRecord): Promise<string[]> {
    if (!record.findCoordinates) return [];
    const [lat, lon] = record.findCoordinates;
    const nearby = await this.getJson<CatalogueRecord[]>(
      `/records?near=${lat.toFixed(3)},${lon.toFixed(3)}&radiusKm=50&class=${encodeURIComponent(record.recclass)}`,
    );
    return nearby.filter((r) => r.id !== record.id).map((r) => r.id);
  }
}

export function formatMass(grams: number): string {
  if (grams >= 1_000_000) return `${(grams / 1_000_000).toFixed(1)} t`;
  if (grams >= 1_000) return `${(grams / 1_000).toFixed(2)} kg`;
  return `${grams.toFixed(1)} g`;
}
