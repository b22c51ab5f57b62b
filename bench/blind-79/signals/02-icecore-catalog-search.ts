// expect: none
// Correct: the caller's signal is combined with a timeout and carried to fetch inside a RequestInit built by a helper, and to the body read via the same request.
interface CoreSection {
  coreId: string;
  site: 'EPICA Dome C' | 'Vostok' | 'NEEM' | 'WAIS Divide' | 'GISP2';
  topDepthM: number;
  bottomDepthM: number;
  ageKaBP: [number, number];
  freezer: string;
}

interface SearchQuery {
  site?: CoreSection['site'];
  minAgeKa?: number;
  maxAgeKa?: number;
  limit?: number;
}

declare const archiveConfig: { apiBase: string; apiKey: string };

function buildRequest(query: SearchQuery, signal: AbortSignal): RequestInit {
  return {
    method: 'POST',
    headers: {
      'x-api-key': archiveConfig.apiKey,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify({ ...query, limit: Math.min(query.limit ?? 100, 500) }),
    signal,
  };
}

export async function searchSections(
  query: SearchQuery,
  opts: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<CoreSection[]> {
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 15_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;

  const init = buildRequest(query, signal);
  const res = await fetch(`${archiveConfig.apiBase}/sections/search`, init);
  if (!res.ok) {
    throw new Error(`catalog search failed (${res.status}): ${await res.text()}`);
  }
  const sections = (await res.json()) as CoreSection[];
  return sections.filter((s) => s.bottomDepthM > s.topDepthM);
}

export async function sectionsSpanning(
  ageKa: number,
  sites: readonly CoreSection['site'][],
  signal?: AbortSignal,
): Promise<Map<string, CoreSection[]>> {
  const bySite = new Map<string, CoreSection[]>();
  for (const site of sites) {
    const hits = await searchSections({ site, minAgeKa: ageKa - 5, maxAgeKa: ageKa + 5 }, { signal });
    bySite.set(
      site,
      hits.filter((s) => s.ageKaBP[0] <= ageKa && s.ageKaBP[1] >= ageKa),
    );
  }
  return bySite;
}

export function metresOfIce(sections: readonly CoreSection[]): number {
  return sections.reduce((m, s) => m + (s.bottomDepthM - s.topDepthM), 0);
}
