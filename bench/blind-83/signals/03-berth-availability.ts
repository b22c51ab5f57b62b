// expect: no-swallowed-abort
// fetchBerths catches the AbortError from a cancelled request and returns an empty, stale result, which the caller then caches as if the canal really had no berths.
export interface Berth {
  id: string;
  canal: string;
  lengthM: number;
  freeFrom: string;
  freeUntil: string;
}

export interface BerthResult {
  berths: Berth[];
  stale: boolean;
  fetchedAt: number;
}

const GUILD_API = 'https://gondolieri.example.org/api';
const CACHE_TTL_MS = 60_000;

export class BerthDirectory {
  private readonly cache = new Map<string, BerthResult>();

  constructor(private readonly apiKey: string) {}

  private async fetchBerths(canal: string, signal: AbortSignal): Promise<BerthResult> {
    try {
      const res = await fetch(`${GUILD_API}/canals/${encodeURIComponent(canal)}/berths`, {
        headers: { 'x-guild-key': this.apiKey },
        signal,
      });
      if (!res.ok) throw new Error(`berth lookup for ${canal} failed with ${res.status}`);
      const berths = (await res.json()) as Berth[];
      return { berths, stale: false, fetchedAt: Date.now() };
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        return { berths: [], stale: true, fetchedAt: Date.now() };
      }
      throw err;
    }
  }

  async berthsOn(canal: string, signal: AbortSignal): Promise<BerthResult> {
    const cached = this.cache.get(canal);
    if (cached && Date.now() - cached.fetchedAt < CACHE_TTL_MS) return cached;
    const fresh = await this.fetchBerths(canal, signal);
    this.cache.set(canal, fresh);
    return fresh;
  }

  async findBerth(
    canals: string[],
    gondolaLengthM: number,
    at: Date,
    signal: AbortSignal,
  ): Promise<Berth | null> {
    for (const canal of canals) {
      signal.throwIfAborted();
      const { berths } = await this.berthsOn(canal, signal);
      const fit = berths
        .filter((b) => b.lengthM >= gondolaLengthM + 0.5)
        .filter((b) => new Date(b.freeFrom) <= at && at < new Date(b.freeUntil))
        .sort((a, b) => a.lengthM - b.lengthM)[0];
      if (fit) return fit;
    }
    return null;
  }

  invalidate(canal?: string): void {
    if (canal) this.cache.delete(canal);
    else this.cache.clear();
  }
}
