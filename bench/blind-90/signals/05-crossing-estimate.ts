// expect: none
// Correct: the race between the two AIS providers and the deadline uses one AbortController that is aborted in `finally`, and the deadline timer is cleared there too, so no loser keeps running.
export interface VesselPosition {
  mmsi: string;
  lat: number;
  lon: number;
  sog: number;
  reportedAt: string;
}

export interface CrossingEstimate {
  vessel: string;
  minutesToBerth: number;
  source: string;
}

const PROVIDERS = ['https://ais-primary.example.no/v1/position', 'https://ais-backup.example.no/v1/position'];

async function positionFrom(base: string, mmsi: string, signal: AbortSignal): Promise<VesselPosition & { source: string }> {
  const res = await fetch(`${base}/${mmsi}`, { signal });
  if (!res.ok) throw new Error(`${new URL(base).host}: ${res.status}`);
  return { ...((await res.json()) as VesselPosition), source: new URL(base).host };
}

function haversineNm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 3440.065 * Math.asin(Math.sqrt(h));
}

export async function fastestPosition(mmsi: string, deadlineMs: number, outer?: AbortSignal) {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer!.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  let deadline: ReturnType<typeof setTimeout> | undefined;

  try {
    const timeout = new Promise<never>((_, reject) => {
      deadline = setTimeout(() => reject(new Error(`no AIS fix for ${mmsi} within ${deadlineMs}ms`)), deadlineMs);
    });
    return await Promise.race([
      Promise.any(PROVIDERS.map((p) => positionFrom(p, mmsi, controller.signal))),
      timeout,
    ]);
  } finally {
    clearTimeout(deadline);
    controller.abort();
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export async function estimateCrossing(
  mmsi: string,
  berth: { lat: number; lon: number; name: string },
  signal?: AbortSignal,
): Promise<CrossingEstimate> {
  const pos = await fastestPosition(mmsi, 4_000, signal);
  const distance = haversineNm(pos, berth);
  const knots = Math.max(pos.sog, 2);
  return {
    vessel: mmsi,
    minutesToBerth: Math.round((distance / knots) * 60),
    source: pos.source,
  };
}
