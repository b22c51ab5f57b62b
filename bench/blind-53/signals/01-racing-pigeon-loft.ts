// expect: require-signal-propagation
// importArrivals receives options.signal and checks it between rows, but the fetch of the federation arrivals feed is made without it, so cancellation cannot stop the download.
export interface FederationArrival {
  ring: string;
  loft: string;
  clockedAtUtc: string;
  distanceM: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  since?: Date;
}

declare const loftDb: {
  upsertArrival(row: FederationArrival & { velocityMpm: number }, opts: { signal?: AbortSignal }): Promise<void>;
  raceRelease(raceId: string): Promise<Date>;
};

const FEDERATION_API = process.env.FEDERATION_API ?? 'https://api.pigeon-federation.example/v2';
const API_TOKEN = process.env.FEDERATION_TOKEN ?? '';

function velocity(arrival: FederationArrival, release: Date): number {
  const minutes = (Date.parse(arrival.clockedAtUtc) - release.getTime()) / 60_000;
  return minutes > 0 ? arrival.distanceM / minutes : 0;
}

function isPlausible(arrival: FederationArrival, release: Date): boolean {
  // no racing pigeon sustains more than ~2200 m/min; anything faster is a clock error
  const v = velocity(arrival, release);
  return v > 200 && v < 2_200;
}

export async function importArrivals(raceId: string, options: ImportOptions = {}): Promise<number> {
  const { signal, since } = options;
  signal?.throwIfAborted();

  const release = await loftDb.raceRelease(raceId);
  const query = new URLSearchParams({ race: raceId });
  if (since) query.set('since', since.toISOString());

  const response = await fetch(`${FEDERATION_API}/arrivals?${query}`, {
    headers: { authorization: `Bearer ${API_TOKEN}`, accept: 'application/json' },
  });
  if (!response.ok) {
    throw new Error(`federation feed returned ${response.status} for race ${raceId}`);
  }
  const arrivals = (await response.json()) as FederationArrival[];

  let imported = 0;
  for (const arrival of arrivals) {
    signal?.throwIfAborted();
    if (!isPlausible(arrival, release)) continue;
    await loftDb.upsertArrival({ ...arrival, velocityMpm: velocity(arrival, release) }, { signal });
    imported += 1;
  }
  return imported;
}

export async function importAllRaces(raceIds: string[], options: ImportOptions = {}): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const raceId of raceIds) {
    counts[raceId] = await importArrivals(raceId, options);
  }
  return counts;
}
