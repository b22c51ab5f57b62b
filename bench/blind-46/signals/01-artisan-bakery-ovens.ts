// expect: require-signal-propagation
// fetchBakeLog passes options.signal to the first page request but the follow-up page fetches inside the loop omit it.
export interface BakeLogEntry {
  ovenId: string;
  batch: string;
  loaf: 'sourdough' | 'baguette' | 'rye' | 'brioche';
  loadedAt: string;
  unloadedAt: string;
  peakDeckC: number;
  steamInjections: number;
}

interface BakeLogPage {
  entries: BakeLogEntry[];
  next: string | null;
}

export interface FetchOptions {
  signal?: AbortSignal;
  pageLimit?: number;
}

declare const bakeryApi: { baseUrl: string; token: string };

function headers(): HeadersInit {
  return { authorization: `Bearer ${bakeryApi.token}`, accept: 'application/json' };
}

async function readPage(res: Response, url: string): Promise<BakeLogPage> {
  if (!res.ok) throw new Error(`bake log request ${url} failed with ${res.status}`);
  return (await res.json()) as BakeLogPage;
}

export async function fetchBakeLog(ovenId: string, day: string, options: FetchOptions = {}): Promise<BakeLogEntry[]> {
  const limit = options.pageLimit ?? 20;
  const firstUrl = `${bakeryApi.baseUrl}/ovens/${encodeURIComponent(ovenId)}/log?day=${day}`;
  const first = await readPage(await fetch(firstUrl, { headers: headers(), signal: options.signal }), firstUrl);

  const entries = [...first.entries];
  let next = first.next;
  let pages = 1;
  while (next && pages < limit) {
    const res = await fetch(new URL(next, bakeryApi.baseUrl), { headers: headers() });
    const page = await readPage(res, next);
    entries.push(...page.entries);
    next = page.next;
    pages += 1;
  }
  return entries;
}

export interface OvenDaySummary {
  ovenId: string;
  batches: number;
  byLoaf: Record<string, number>;
  averageBakeMinutes: number;
  overheatedBatches: string[];
}

export function summarize(ovenId: string, entries: BakeLogEntry[], overheatC = 290): OvenDaySummary {
  const byLoaf: Record<string, number> = {};
  let totalMinutes = 0;
  for (const e of entries) {
    byLoaf[e.loaf] = (byLoaf[e.loaf] ?? 0) + 1;
    totalMinutes += (Date.parse(e.unloadedAt) - Date.parse(e.loadedAt)) / 60_000;
  }
  return {
    ovenId,
    batches: entries.length,
    byLoaf,
    averageBakeMinutes: entries.length ? Math.round(totalMinutes / entries.length) : 0,
    overheatedBatches: entries.filter((e) => e.peakDeckC > overheatC).map((e) => e.batch),
  };
}

export async function dailyReport(ovenIds: string[], day: string, signal?: AbortSignal): Promise<OvenDaySummary[]> {
  const summaries: OvenDaySummary[] = [];
  for (const ovenId of ovenIds) {
    signal?.throwIfAborted();
    const entries = await fetchBakeLog(ovenId, day, { signal });
    summaries.push(summarize(ovenId, entries));
  }
  return summaries;
}
