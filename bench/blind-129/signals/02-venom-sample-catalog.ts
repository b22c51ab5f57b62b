// expect: none
// The abort signal from the options is forwarded to every page fetch and every per-sample detail fetch, so cancelling the export stops all outstanding requests.
export interface VenomSample {
  id: string;
  colonyId: string;
  collectedOn: string;
  dryMassMg: number;
}

export interface SampleDetail extends VenomSample {
  hplcPeaks: Array<{ retentionMin: number; areaPct: number }>;
  melittinPct: number;
}

interface SamplePage {
  items: VenomSample[];
  cursor: string | null;
}

export interface ExportOptions {
  signal?: AbortSignal;
  colonyId?: string;
  minMassMg?: number;
}

export class SampleCatalogClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async getJson<T>(url: URL, signal?: AbortSignal): Promise<T> {
    const res = await fetch(url, {
      headers: { authorization: `Token ${this.token}` },
      signal,
    });
    if (!res.ok) throw new Error(`catalog ${url.pathname} -> ${res.status}`);
    return (await res.json()) as T;
  }

  async *listSamples(options: ExportOptions = {}): AsyncGenerator<VenomSample> {
    let cursor: string | null = null;
    do {
      const url = new URL('/api/samples', this.baseUrl);
      if (options.colonyId) url.searchParams.set('colony', options.colonyId);
      if (cursor) url.searchParams.set('cursor', cursor);
      const page: SamplePage = await this.getJson<SamplePage>(url, options.signal);
      yield* page.items;
      cursor = page.cursor;
    } while (cursor);
  }

  async exportDetailed(options: ExportOptions = {}): Promise<SampleDetail[]> {
    const minMass = options.minMassMg ?? 0;
    const out: SampleDetail[] = [];
    for await (const sample of this.listSamples(options)) {
      if (sample.dryMassMg < minMass) continue;
      const url = new URL(`/api/samples/${encodeURIComponent(sample.id)}/detail`, this.baseUrl);
      out.push(await this.getJson<SampleDetail>(url, options.signal));
    }
    return out.sort((a, b) => b.melittinPct - a.melittinPct);
  }
}
