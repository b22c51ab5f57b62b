// expect: require-signal-propagation
// remainingQuota forwards options.signal to the allocation request but not to the landings request, so an aborted call keeps the second download running.
export interface QuotaOptions {
  signal?: AbortSignal;
  token: string;
}

export interface Allocation {
  licence: string;
  zone: string;
  annualWetTonnes: number;
  season: string;
}

export interface Landing {
  licence: string;
  zone: string;
  wetTonnes: number;
  landedOn: string;
}

export interface QuotaPosition {
  licence: string;
  zone: string;
  allocatedT: number;
  landedT: number;
  remainingT: number;
  overQuota: boolean;
}

async function getJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    const detail = await res.text().catch(() => '');
    throw new Error(`${what} failed with ${res.status}${detail ? `: ${detail}` : ''}`);
  }
  return (await res.json()) as T;
}

export class SeaweedQuotaClient {
  constructor(private readonly api: string) {}

  private headers(token: string): Record<string, string> {
    return { authorization: `Bearer ${token}`, accept: 'application/json' };
  }

  async remainingQuota(licence: string, zone: string, options: QuotaOptions): Promise<QuotaPosition> {
    const { signal, token } = options;
    const alloc = await getJson<Allocation>(
      await fetch(`${this.api}/licences/${licence}/allocations/${zone}`, { signal, headers: this.headers(token) }),
      'allocation lookup',
    );

    const landings = await getJson<Landing[]>(
      await fetch(`${this.api}/landings?licence=${licence}&zone=${zone}&season=${alloc.season}`, {
        headers: this.headers(token),
      }),
      'landings lookup',
    );

    const landedT = landings.reduce((sum, l) => sum + l.wetTonnes, 0);
    const remainingT = alloc.annualWetTonnes - landedT;
    return {
      licence,
      zone,
      allocatedT: alloc.annualWetTonnes,
      landedT,
      remainingT: Math.max(0, remainingT),
      overQuota: remainingT < 0,
    };
  }

  async canHarvest(licence: string, zone: string, plannedT: number, options: QuotaOptions): Promise<boolean> {
    const position = await this.remainingQuota(licence, zone, options);
    return !position.overQuota && position.remainingT >= plannedT;
  }
}
