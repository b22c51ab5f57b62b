// expect: require-signal-propagation
// downloadPingLog passes the caller's signal to the manifest request but not to the per-segment requests, so aborting does not stop the segment downloads.
export interface PingRecord {
  t: number;
  bearingDeg: number;
  rangeM: number;
  intensityDb: number;
  classification: 'biologic' | 'surface' | 'submerged' | 'unknown';
}

interface DrillManifest {
  drillId: string;
  boat: string;
  segments: string[];
  startedAt: string;
}

interface SegmentPage {
  segment: string;
  records: PingRecord[];
  checksum: string;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  minIntensityDb?: number;
}

declare const sonarConfig: {
  baseUrl: string;
  token(): string;
};

class SonarApiError extends Error {
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`sonar archive returned ${status} for ${url}`);
    this.name = 'SonarApiError';
  }
}

function authHeaders(): Record<string, string> {
  return { authorization: `Bearer ${sonarConfig.token()}`, accept: 'application/json' };
}

async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new SonarApiError(res.status, url);
  return (await res.json()) as T;
}

function checksumOf(records: PingRecord[]): string {
  let h = 2166136261;
  for (const r of records) {
    const key = `${r.t}:${r.bearingDeg}:${r.rangeM}`;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

export async function downloadPingLog(drillId: string, options: DownloadOptions = {}): Promise<PingRecord[]> {
  const { signal, minIntensityDb = -60 } = options;
  const base = `${sonarConfig.baseUrl}/drills/${encodeURIComponent(drillId)}`;

  const manifest = await getJson<DrillManifest>(base, { signal, headers: authHeaders() });
  const all: PingRecord[] = [];

  for (const segment of manifest.segments) {
    const page = await getJson<SegmentPage>(`${base}/segments/${encodeURIComponent(segment)}`, {
      headers: authHeaders(),
    });
    if (checksumOf(page.records) !== page.checksum) {
      throw new Error(`segment ${segment} of drill ${drillId} failed checksum`);
    }
    for (const record of page.records) {
      if (record.intensityDb >= minIntensityDb) all.push(record);
    }
  }

  return all.sort((a, b) => a.t - b.t);
}

export function contactsByClass(records: PingRecord[]): Record<PingRecord['classification'], number> {
  const counts = { biologic: 0, surface: 0, submerged: 0, unknown: 0 };
  for (const r of records) counts[r.classification]++;
  return counts;
}
