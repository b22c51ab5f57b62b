// expect: no-swallowed-abort
// loadFittings catches every error, including the AbortError from its own signal, and returns the stale cache as if the lookup had succeeded
export interface WigFitting {
  fittingId: string;
  performer: string;
  production: string;
  role: string;
  headCircumferenceCm: number;
  lace: "swiss" | "french" | "hd";
  scheduledFor: string;
}

export interface FittingQuery {
  production: string;
  performer?: string;
  from?: Date;
}

interface CacheEntry {
  fittings: WigFitting[];
  fetchedAt: number;
}

declare const studioApi: { baseUrl: string };
declare const diagnostics: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const cache = new Map<string, CacheEntry>();
const CACHE_TTL_MS = 5 * 60_000;

function cacheKey(q: FittingQuery): string {
  return [q.production, q.performer ?? "*", q.from?.toISOString().slice(0, 10) ?? ""].join("|");
}

function buildUrl(q: FittingQuery): string {
  const params = new URLSearchParams({ production: q.production });
  if (q.performer) params.set("performer", q.performer);
  if (q.from) params.set("from", q.from.toISOString());
  return `${studioApi.baseUrl}/fittings?${params}`;
}

export async function loadFittings(q: FittingQuery, signal: AbortSignal): Promise<WigFitting[]> {
  const key = cacheKey(q);
  const cached = cache.get(key);
  if (cached && Date.now() - cached.fetchedAt < CACHE_TTL_MS) {
    return cached.fittings;
  }

  try {
    const res = await fetch(buildUrl(q), { signal, headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`wig studio API returned ${res.status}`);
    const fittings = (await res.json()) as WigFitting[];
    fittings.sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
    cache.set(key, { fittings, fetchedAt: Date.now() });
    return fittings;
  } catch (err) {
    diagnostics.warn("fitting lookup failed, serving cached data", {
      key,
      error: err instanceof Error ? err.message : String(err),
    });
    return cached?.fittings ?? [];
  }
}

export function groupByPerformer(fittings: WigFitting[]): Map<string, WigFitting[]> {
  const out = new Map<string, WigFitting[]>();
  for (const f of fittings) {
    const list = out.get(f.performer) ?? [];
    list.push(f);
    out.set(f.performer, list);
  }
  return out;
}

export function conflicts(fittings: WigFitting[]): [WigFitting, WigFitting][] {
  const clashes: [WigFitting, WigFitting][] = [];
  const byPerformer = groupByPerformer(fittings);
  for (const list of byPerformer.values()) {
    for (let i = 1; i < list.length; i++) {
      if (list[i].scheduledFor === list[i - 1].scheduledFor) clashes.push([list[i - 1], list[i]]);
    }
  }
  return clashes;
}
