// expect: require-signal-propagation
// buildHoldsReport accepts options.signal but never checks or forwards it, so cancelling the report still walks every page and branch.
export interface HoldRow {
  holdId: string;
  isbn: string;
  title: string;
  branch: string;
  placedAt: string;
  queuePosition: number;
  status: 'waiting' | 'in-transit' | 'on-shelf';
}

export interface ReportOptions {
  branches: string[];
  pageSize?: number;
  minQueueLength?: number;
  signal?: AbortSignal;
}

export interface TitleDemand {
  isbn: string;
  title: string;
  holds: number;
  copiesOwned: number;
  holdsPerCopy: number;
  oldestHoldDays: number;
}

declare const catalogueDb: {
  holdsPage(branch: string, cursor: string | null, limit: number): Promise<{ rows: HoldRow[]; next: string | null }>;
  copiesOwned(isbns: string[]): Promise<Map<string, number>>;
};

const DAY_MS = 86_400_000;

export async function buildHoldsReport(options: ReportOptions, now = Date.now()): Promise<TitleDemand[]> {
  const pageSize = options.pageSize ?? 500;
  const byIsbn = new Map<string, { title: string; holds: number; oldest: number }>();

  for (const branch of options.branches) {
    let cursor: string | null = null;
    do {
      const page = await catalogueDb.holdsPage(branch, cursor, pageSize);
      for (const row of page.rows) {
        if (row.status === 'on-shelf') continue;
        const placed = Date.parse(row.placedAt);
        const entry = byIsbn.get(row.isbn) ?? { title: row.title, holds: 0, oldest: placed };
        entry.holds += 1;
        entry.oldest = Math.min(entry.oldest, placed);
        byIsbn.set(row.isbn, entry);
      }
      cursor = page.next;
    } while (cursor);
  }

  const minQueue = options.minQueueLength ?? 3;
  const candidates = [...byIsbn.entries()].filter(([, e]) => e.holds >= minQueue);
  const copies = await catalogueDb.copiesOwned(candidates.map(([isbn]) => isbn));

  return candidates
    .map(([isbn, e]) => {
      const owned = copies.get(isbn) ?? 0;
      return {
        isbn,
        title: e.title,
        holds: e.holds,
        copiesOwned: owned,
        holdsPerCopy: owned === 0 ? Number.POSITIVE_INFINITY : e.holds / owned,
        oldestHoldDays: Math.floor((now - e.oldest) / DAY_MS),
      };
    })
    .sort((a, b) => b.holdsPerCopy - a.holdsPerCopy || b.holds - a.holds);
}

export function purchaseSuggestions(demand: TitleDemand[], targetRatio = 4): Array<{ isbn: string; buy: number }> {
  return demand
    .filter((d) => d.holdsPerCopy > targetRatio)
    .map((d) => ({ isbn: d.isbn, buy: Math.ceil(d.holds / targetRatio) - d.copiesOwned }))
    .filter((s) => s.buy > 0);
}
