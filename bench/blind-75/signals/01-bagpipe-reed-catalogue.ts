// expect: require-signal-propagation
// The caller's signal reaches the catalogue fetch and the loop check, but the per-reed gouge-profile fetch is issued without it and cannot be cancelled mid-request.
export interface GougeProfile {
  reedId: string;
  chanter: 'highland' | 'smallpipe' | 'uilleann';
  thicknessMm: number[];
  bladeWidthMm: number;
}

interface CatalogueEntry {
  reedId: string;
  chanter: GougeProfile['chanter'];
  discontinued: boolean;
}

declare const reedShopConfig: {
  apiBase: string;
  token: string;
};

export class ReedApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`reed shop API ${url} answered ${status}`);
    this.name = 'ReedApiError';
  }
}

function headers(): HeadersInit {
  return { authorization: `Token ${reedShopConfig.token}`, accept: 'application/json' };
}

async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const url = `${reedShopConfig.apiBase}${path}`;
  const res = await fetch(url, { headers: headers(), signal });
  if (!res.ok) throw new ReedApiError(res.status, url);
  return (await res.json()) as T;
}

function normaliseProfile(raw: GougeProfile): GougeProfile {
  const thicknessMm = raw.thicknessMm.filter((t) => Number.isFinite(t) && t > 0);
  if (thicknessMm.length < 3) {
    throw new Error(`profile for ${raw.reedId} has too few thickness stations`);
  }
  return { ...raw, thicknessMm };
}

export async function loadGougeProfiles(
  chanter: GougeProfile['chanter'],
  options: { signal?: AbortSignal; includeDiscontinued?: boolean } = {},
): Promise<GougeProfile[]> {
  const { signal, includeDiscontinued = false } = options;
  const catalogue = await fetchJson<CatalogueEntry[]>(`/catalogue?chanter=${chanter}`, signal);
  const wanted = catalogue.filter((entry) => includeDiscontinued || !entry.discontinued);

  const profiles: GougeProfile[] = [];
  for (const entry of wanted) {
    signal?.throwIfAborted();
    const url = `${reedShopConfig.apiBase}/reeds/${encodeURIComponent(entry.reedId)}/gouge`;
    const res = await fetch(url, { headers: headers() });
    if (res.status === 404) continue;
    if (!res.ok) throw new ReedApiError(res.status, url);
    profiles.push(normaliseProfile((await res.json()) as GougeProfile));
  }
  return profiles;
}

export function averageProfile(profiles: GougeProfile[]): number[] {
  const stations = Math.min(...profiles.map((p) => p.thicknessMm.length));
  const sums = new Array<number>(stations).fill(0);
  for (const profile of profiles) {
    for (let i = 0; i < stations; i++) sums[i] += profile.thicknessMm[i];
  }
  return sums.map((sum) => Number((sum / profiles.length).toFixed(3)));
}
