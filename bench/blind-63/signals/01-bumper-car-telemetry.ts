// expect: require-signal-propagation
// The caller's signal is passed to the status fetch but not to the per-car history fetch, so cancelling the sync leaves those requests running.
export interface CarStatus {
  carNumber: number;
  batteryPct: number;
  bumperIntact: boolean;
  lastRideEndedAt: string | null;
}

export interface CarHistory {
  carNumber: number;
  ridesToday: number;
  hardHits: number;
}

export interface ArenaSnapshot {
  arenaId: string;
  cars: Array<CarStatus & Partial<CarHistory>>;
  fetchedAt: Date;
}

interface SyncOptions {
  baseUrl: string;
  token: string;
  signal?: AbortSignal;
}

async function getJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    throw new Error(`${what} failed with HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export async function syncArena(arenaId: string, { baseUrl, token, signal }: SyncOptions): Promise<ArenaSnapshot> {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };

  const statusRes = await fetch(`${baseUrl}/arenas/${encodeURIComponent(arenaId)}/cars`, { headers, signal });
  const statuses = await getJson<CarStatus[]>(statusRes, `car status for ${arenaId}`);

  const cars: ArenaSnapshot['cars'] = [];
  for (const status of statuses) {
    if (status.lastRideEndedAt === null) {
      cars.push(status);
      continue;
    }
    const historyRes = await fetch(`${baseUrl}/arenas/${encodeURIComponent(arenaId)}/cars/${status.carNumber}/history`, {
      headers,
    });
    const history = await getJson<CarHistory>(historyRes, `history for car ${status.carNumber}`);
    cars.push({ ...status, ...history });
  }

  return { arenaId, cars, fetchedAt: new Date() };
}

export function carsNeedingService(snapshot: ArenaSnapshot): number[] {
  return snapshot.cars
    .filter((car) => !car.bumperIntact || car.batteryPct < 20 || (car.hardHits ?? 0) > 40)
    .map((car) => car.carNumber)
    .sort((a, b) => a - b);
}

export async function syncAllArenas(arenaIds: string[], options: SyncOptions): Promise<ArenaSnapshot[]> {
  const snapshots: ArenaSnapshot[] = [];
  for (const id of arenaIds) {
    options.signal?.throwIfAborted();
    snapshots.push(await syncArena(id, options));
  }
  return snapshots;
}
