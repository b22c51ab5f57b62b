// expect: require-signal-propagation
// fetchEruptions passes the caller's signal to the first page request but not to the follow-up page fetches, so aborting does not stop pagination.

export interface Eruption {
  geyser: string;
  startedAt: string;
  durationS: number;
  heightM: number;
  confidence: 'observed' | 'seismic' | 'temperature';
}

interface EruptionPage {
  items: Eruption[];
  next: string | null;
}

export interface FetchOptions {
  signal?: AbortSignal;
  pageSize?: number;
}

declare const feedConfig: { baseUrl: string; apiKey: string };

function headers(): HeadersInit {
  return { accept: 'application/json', 'x-api-key': feedConfig.apiKey };
}

async function readPage(res: Response): Promise<EruptionPage> {
  if (!res.ok) {
    throw new Error(`eruption feed responded ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as EruptionPage;
}

export async function fetchEruptions(
  basin: string,
  since: Date,
  { signal, pageSize = 200 }: FetchOptions = {},
): Promise<Eruption[]> {
  const url = new URL(`/basins/${encodeURIComponent(basin)}/eruptions`, feedConfig.baseUrl);
  url.searchParams.set('since', since.toISOString());
  url.searchParams.set('limit', String(pageSize));

  let page = await readPage(await fetch(url, { headers: headers(), signal }));
  const eruptions = [...page.items];
  while (page.next) {
    const nextUrl = new URL(page.next, feedConfig.baseUrl);
    page = await readPage(await fetch(nextUrl, { headers: headers() }));
    eruptions.push(...page.items);
  }
  return eruptions.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export function intervalStats(eruptions: Eruption[], geyser: string): { meanMin: number; sdMin: number } | undefined {
  const times = eruptions
    .filter((e) => e.geyser === geyser && e.confidence !== 'temperature')
    .map((e) => Date.parse(e.startedAt))
    .sort((a, b) => a - b);
  if (times.length < 3) return undefined;
  const gaps = times.slice(1).map((t, i) => (t - times[i]) / 60_000);
  const meanMin = gaps.reduce((s, g) => s + g, 0) / gaps.length;
  const sdMin = Math.sqrt(gaps.reduce((s, g) => s + (g - meanMin) ** 2, 0) / gaps.length);
  return { meanMin, sdMin };
}

export function predictNext(eruptions: Eruption[], geyser: string): Date | undefined {
  const stats = intervalStats(eruptions, geyser);
  const last = eruptions.filter((e) => e.geyser === geyser).at(-1);
  if (!stats || !last) return undefined;
  const longEruption = last.durationS > 150;
  const expectedGap = longEruption ? stats.meanMin + stats.sdMin / 2 : stats.meanMin - stats.sdMin / 2;
  return new Date(Date.parse(last.startedAt) + expectedGap * 60_000);
}
