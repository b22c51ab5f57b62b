// expect: none
// The Map deliberately caches Promises (typed as such) and every consumer awaits them before serialising, comparing or formatting the yields.
export interface StandYield {
  standId: string;
  season: number;
  arrobas: number;
  qualityGrade: 'A' | 'B' | 'C';
}

declare const estateLedger: {
  yieldFor(standId: string, season: number): Promise<StandYield>;
};
declare const buyerPortal: {
  post(path: string, body: string): Promise<void>;
};

const PRICE_PER_ARROBA: Record<StandYield['qualityGrade'], number> = { A: 48, B: 33, C: 21 };

export class CorkYieldCache {
  private readonly pending = new Map<string, Promise<StandYield>>();

  private key(standId: string, season: number): string {
    return `${standId}@${season}`;
  }

  get(standId: string, season: number): Promise<StandYield> {
    const key = this.key(standId, season);
    let entry = this.pending.get(key);
    if (!entry) {
      entry = estateLedger.yieldFor(standId, season);
      this.pending.set(key, entry);
      entry.catch(() => this.pending.delete(key));
    }
    return entry;
  }

  async compareSeasons(standId: string, a: number, b: number): Promise<number> {
    const [first, second] = await Promise.all([this.get(standId, a), this.get(standId, b)]);
    return second.arrobas - first.arrobas;
  }

  async sameGrade(standId: string, a: number, b: number): Promise<boolean> {
    const first = await this.get(standId, a);
    const second = await this.get(standId, b);
    return first.qualityGrade === second.qualityGrade;
  }
}

export async function offerToBuyers(cache: CorkYieldCache, standIds: string[], season: number): Promise<string> {
  const yields = await Promise.all(standIds.map((id) => cache.get(id, season)));
  const lots = yields.map((y) => ({
    stand: y.standId,
    arrobas: y.arrobas,
    grade: y.qualityGrade,
    askingPrice: y.arrobas * PRICE_PER_ARROBA[y.qualityGrade],
  }));
  const body = JSON.stringify({ season, lots, total: lots.reduce((sum, l) => sum + l.askingPrice, 0) });
  await buyerPortal.post('/offers', body);
  return `${lots.length} lots offered for season ${season}`;
}

export async function headline(cache: CorkYieldCache, standId: string, season: number): Promise<string> {
  const current = await cache.get(standId, season);
  const change = await cache.compareSeasons(standId, season - 9, season);
  const direction = change >= 0 ? `up ${change}` : `down ${-change}`;
  return `${standId} ${season}: ${current.arrobas} arrobas grade ${current.qualityGrade} (${direction} on last stripping)`;
}
