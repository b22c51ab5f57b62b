// expect: require-signal-propagation
// The caller's signal is passed to the hive list request but not to the per-scale fetches in the loop, so aborting the sync leaves those requests running.
export interface HiveSummary {
  hiveId: string;
  name: string;
  scaleId: string | null;
}

export interface HiveWeight {
  hiveId: string;
  name: string;
  weightKg: number;
  deltaKg24h: number;
  measuredAt: string;
}

export interface SyncOptions {
  token: string;
  signal?: AbortSignal;
}

interface ScaleLatest {
  kg: number;
  kg_24h_ago: number;
  ts: string;
}

export class ScaleApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`scale API ${status} for ${url}`);
    this.name = 'ScaleApiError';
  }
}

export async function fetchApiaryWeights(baseUrl: string, apiaryId: string, options: SyncOptions): Promise<HiveWeight[]> {
  const headers = { authorization: `Bearer ${options.token}`, accept: 'application/json' };

  const listUrl = `${baseUrl}/apiaries/${encodeURIComponent(apiaryId)}/hives`;
  const listRes = await fetch(listUrl, { headers, signal: options.signal });
  if (!listRes.ok) throw new ScaleApiError(listRes.status, listUrl);
  const hives = (await listRes.json()) as HiveSummary[];

  const weights: HiveWeight[] = [];
  for (const hive of hives) {
    if (!hive.scaleId) continue;
    const url = `${baseUrl}/scales/${encodeURIComponent(hive.scaleId)}/latest`;
    const res = await fetch(url, { headers });
    if (res.status === 404) continue; // scale registered but never reported
    if (!res.ok) throw new ScaleApiError(res.status, url);
    const latest = (await res.json()) as ScaleLatest;
    weights.push({
      hiveId: hive.hiveId,
      name: hive.name,
      weightKg: latest.kg,
      deltaKg24h: latest.kg - latest.kg_24h_ago,
      measuredAt: latest.ts,
    });
  }
  return weights;
}

/** A strong nectar flow shows up as a daily gain of a kilo or more. */
export function nectarFlowHives(weights: HiveWeight[], thresholdKg = 1): HiveWeight[] {
  return weights.filter((w) => w.deltaKg24h >= thresholdKg).sort((a, b) => b.deltaKg24h - a.deltaKg24h);
}

/** A sudden drop of several kilos usually means a swarm left. */
export function suspectedSwarms(weights: HiveWeight[], dropKg = 2.5): string[] {
  return weights.filter((w) => w.deltaKg24h <= -dropKg).map((w) => w.name);
}
