// expect: no-leaked-race
// Promise.any takes the first mirror to answer but the other mirror downloads are never aborted, so they keep running until they finish on their own.
export interface BanzukeEntry {
  rank: string;
  side: 'east' | 'west';
  shikona: string;
  heya: string;
}

export interface Banzuke {
  basho: string;
  published: string;
  entries: BanzukeEntry[];
}

interface RawBanzuke {
  basho: string;
  published: string;
  makuuchi: Array<{ r: string; s: 'E' | 'W'; name: string; stable: string }>;
}

function normalize(raw: RawBanzuke): Banzuke {
  return {
    basho: raw.basho,
    published: raw.published,
    entries: raw.makuuchi.map((e) => ({
      rank: e.r,
      side: e.s === 'E' ? 'east' : 'west',
      shikona: e.name,
      heya: e.stable,
    })),
  };
}

export class BanzukeClient {
  private cache = new Map<string, Banzuke>();

  constructor(private mirrors: string[]) {
    if (mirrors.length === 0) throw new Error('at least one banzuke mirror is required');
  }

  async fetchBanzuke(basho: string, signal?: AbortSignal): Promise<Banzuke> {
    const hit = this.cache.get(basho);
    if (hit) return hit;

    const attempts = this.mirrors.map(async (base) => {
      const res = await fetch(`${base}/banzuke/${encodeURIComponent(basho)}.json`, { signal });
      if (!res.ok) throw new Error(`${base}: HTTP ${res.status}`);
      return (await res.json()) as RawBanzuke;
    });

    let raw: RawBanzuke;
    try {
      raw = await Promise.any(attempts);
    } catch (err) {
      if (err instanceof AggregateError) {
        const reasons = err.errors.map((e) => (e as Error).message).join('; ');
        throw new Error(`no mirror had banzuke ${basho}: ${reasons}`);
      }
      throw err;
    }

    const banzuke = normalize(raw);
    this.cache.set(basho, banzuke);
    return banzuke;
  }

  async stableMembers(basho: string, heya: string, signal?: AbortSignal): Promise<string[]> {
    const b = await this.fetchBanzuke(basho, signal);
    return b.entries.filter((e) => e.heya === heya).map((e) => `${e.rank} ${e.side}: ${e.shikona}`);
  }
}
