// expect: none
// The caller's signal is never named at the fetch call but still reaches it: request() merges rest.signal with its own timeout via AbortSignal.any, and every public method forwards its options object whole.
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface Transect {
  id: string;
  siteId: string;
  lengthM: number;
  bearingDeg: number;
}

export interface SpeciesCount {
  transectId: string;
  species: string;
  count: number;
  depthM: number;
}

export class TransectApiError extends Error {
  constructor(readonly status: number, readonly path: string) {
    super(`kelp survey API ${status} on ${path}`);
    this.name = 'TransectApiError';
  }
}

export class TransectClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async request<T>(path: string, init: RequestInit & RequestOptions = {}): Promise<T> {
    const { timeoutMs = 10_000, ...rest } = init;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = rest.signal ? AbortSignal.any([rest.signal, timeout]) : timeout;

    const res = await fetch(new URL(path, this.baseUrl), {
      ...rest,
      signal,
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        ...rest.headers,
      },
    });
    if (!res.ok) throw new TransectApiError(res.status, path);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  listTransects(siteId: string, opts: RequestOptions = {}): Promise<Transect[]> {
    return this.request<Transect[]>(`/sites/${encodeURIComponent(siteId)}/transects`, opts);
  }

  counts(transectId: string, opts: RequestOptions = {}): Promise<SpeciesCount[]> {
    return this.request<SpeciesCount[]>(`/transects/${encodeURIComponent(transectId)}/counts`, opts);
  }

  async uploadCounts(transectId: string, counts: SpeciesCount[], opts: RequestOptions = {}): Promise<void> {
    await this.request<void>(`/transects/${encodeURIComponent(transectId)}/counts`, {
      ...opts,
      method: 'POST',
      body: JSON.stringify({ counts }),
    });
  }

  async *siteCounts(siteId: string, opts: RequestOptions = {}): AsyncGenerator<SpeciesCount[], void, undefined> {
    const transects = await this.listTransects(siteId, opts);
    for (const t of transects) {
      opts.signal?.throwIfAborted();
      yield await this.counts(t.id, opts);
    }
  }
}

export async function urchinDensity(client: TransectClient, siteId: string, opts: RequestOptions = {}): Promise<number> {
  let urchins = 0;
  let metres = 0;
  const transects = await client.listTransects(siteId, opts);
  for (const t of transects) {
    const counts = await client.counts(t.id, opts);
    urchins += counts.filter((c) => c.species === 'Strongylocentrotus purpuratus').reduce((s, c) => s + c.count, 0);
    metres += t.lengthM;
  }
  // survey belt is 2 m wide
  return metres === 0 ? 0 : urchins / (metres * 2);
}
