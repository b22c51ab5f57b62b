// expect: no-leaked-race
// Promise.any returns the first mirror to answer, but the losing mirror downloads are never aborted and keep pulling full star catalogs in the background.
export interface Star {
  hip: number;
  raDeg: number;
  decDeg: number;
  magnitude: number;
  name?: string;
}

export interface StarCatalog {
  epoch: string;
  source: string;
  stars: Star[];
}

export interface CatalogOptions {
  mirrors: string[];
  signal: AbortSignal;
  magnitudeLimit?: number;
}

async function downloadFrom(mirror: string, epoch: string, signal: AbortSignal): Promise<StarCatalog> {
  const res = await fetch(`${mirror}/catalogs/hipparcos-${epoch}.json`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`${mirror} answered ${res.status}`);
  }
  const stars = (await res.json()) as Star[];
  if (!Array.isArray(stars) || stars.length === 0) {
    throw new Error(`${mirror} served an empty catalog`);
  }
  return { epoch, source: mirror, stars };
}

export async function fetchStarCatalog(epoch: string, options: CatalogOptions): Promise<StarCatalog> {
  const { mirrors, signal, magnitudeLimit = 6.5 } = options;
  if (mirrors.length === 0) {
    throw new Error('no catalog mirrors configured');
  }

  let catalog: StarCatalog;
  try {
    catalog = await Promise.any(mirrors.map((m) => downloadFrom(m, epoch, signal)));
  } catch (err) {
    signal.throwIfAborted();
    throw new Error(`no mirror could serve catalog epoch ${epoch}`, { cause: err });
  }

  return {
    ...catalog,
    stars: catalog.stars.filter((s) => s.magnitude <= magnitudeLimit),
  };
}

export function brightest(catalog: StarCatalog, count: number): Star[] {
  return [...catalog.stars].sort((a, b) => a.magnitude - b.magnitude).slice(0, count);
}
