// expect: none
// The next page is prefetched before yielding the current one, but a no-op .catch() is attached as soon as it is created, so it is never an unhandled rejection, and the later await still rethrows its error to the consumer.
export interface CastingRecord {
  castId: string;
  bellName: string;
  weightKg: number;
  alloy: { copperPct: number; tinPct: number };
  pouredAt: string;
  mouldTempC: number;
}

interface Page {
  records: CastingRecord[];
  nextCursor: string | null;
}

export interface CastingLogOptions {
  baseUrl: string;
  token: string;
  pageSize?: number;
  since?: string;
}

async function fetchPage(opts: CastingLogOptions, cursor: string | null): Promise<Page> {
  const url = new URL('/v2/castings', opts.baseUrl);
  url.searchParams.set('limit', String(opts.pageSize ?? 100));
  if (cursor) url.searchParams.set('cursor', cursor);
  if (opts.since) url.searchParams.set('since', opts.since);

  const res = await fetch(url, { headers: { authorization: `Bearer ${opts.token}` } });
  if (!res.ok) {
    throw new Error(`casting log request failed: ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as Page;
}

export async function* castingRecords(opts: CastingLogOptions): AsyncGenerator<CastingRecord> {
  let page = await fetchPage(opts, null);

  while (true) {
    let pending: Promise<Page> | undefined;
    if (page.nextCursor) {
      pending = fetchPage(opts, page.nextCursor);
      pending.catch(() => {});
    }

    for (const record of page.records) {
      yield record;
    }

    if (!pending) return;
    page = await pending;
  }
}

export async function alloyDrift(opts: CastingLogOptions, nominalTinPct = 22) {
  const offenders: Array<{ castId: string; bellName: string; tinPct: number }> = [];
  let total = 0;
  for await (const record of castingRecords(opts)) {
    total += 1;
    if (Math.abs(record.alloy.tinPct - nominalTinPct) > 1.5) {
      offenders.push({ castId: record.castId, bellName: record.bellName, tinPct: record.alloy.tinPct });
    }
  }
  return { total, offenders };
}

export async function heaviestBell(opts: CastingLogOptions): Promise<CastingRecord | undefined> {
  let best: CastingRecord | undefined;
  for await (const record of castingRecords(opts)) {
    if (!best || record.weightKg > best.weightKg) best = record;
  }
  return best;
}
