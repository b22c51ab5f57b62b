// expect: no-swallowed-abort
// currentFares catches every error, including the AbortError raised when the kiosk session is cancelled, and returns the cached fare table, so a cancelled session carries on as if the request succeeded and goes on to render and charge with stale fares.
export interface FareTable {
  route: string;
  currency: string;
  fetchedAt: number;
  fares: Record<string, number>;
}

export interface KioskSession {
  kioskId: string;
  route: string;
  signal: AbortSignal;
}

interface FareCache {
  get(route: string): FareTable | undefined;
  set(route: string, table: FareTable): void;
}

class MemoryFareCache implements FareCache {
  private readonly tables = new Map<string, FareTable>();
  get(route: string) {
    return this.tables.get(route);
  }
  set(route: string, table: FareTable) {
    this.tables.set(route, table);
  }
}

export class FareClient {
  constructor(
    private readonly baseUrl: string,
    private readonly cache: FareCache = new MemoryFareCache(),
  ) {}

  async currentFares(session: KioskSession): Promise<FareTable> {
    try {
      const res = await fetch(`${this.baseUrl}/routes/${session.route}/fares`, {
        headers: { 'x-kiosk-id': session.kioskId },
        signal: session.signal,
      });
      if (!res.ok) throw new Error(`fare service HTTP ${res.status}`);
      const body = (await res.json()) as Omit<FareTable, 'fetchedAt'>;
      const table = { ...body, fetchedAt: Date.now() };
      this.cache.set(session.route, table);
      return table;
    } catch (err) {
      const cached = this.cache.get(session.route);
      if (cached) {
        console.warn(`[kiosk ${session.kioskId}] using cached fares: ${(err as Error).message}`);
        return cached;
      }
      throw err;
    }
  }

  async quote(session: KioskSession, basket: Record<string, number>): Promise<number> {
    const table = await this.currentFares(session);
    let total = 0;
    for (const [category, count] of Object.entries(basket)) {
      const price = table.fares[category];
      if (price === undefined) throw new Error(`no fare for ${category} on ${session.route}`);
      total += price * count;
    }
    return total;
  }
}
