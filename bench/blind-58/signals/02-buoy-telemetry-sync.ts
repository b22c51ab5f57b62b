// expect: require-signal-propagation
// syncBuoys passes options.signal to the fleet fetch but not to the per-buoy soak-history fetch, so an abort cannot cancel the slow inner requests.
export interface BuoySummary {
  id: string;
  trapLine: string;
  lastSeen: string;
}

export interface SoakRecord {
  buoyId: string;
  setAt: string;
  hauledAt: string | null;
  catchKg: number;
}

export interface SyncOptions {
  signal?: AbortSignal;
  since?: Date;
}

declare const localStore: {
  upsertBuoy(summary: BuoySummary): Promise<void>;
  replaceSoaks(buoyId: string, records: SoakRecord[]): Promise<number>;
};

const API = "https://harbour-telemetry.example.net/v2";

async function readJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    throw new Error(`${what}: HTTP ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export async function syncBuoys(fleetId: string, options: SyncOptions = {}): Promise<{ buoys: number; soaks: number }> {
  const { signal } = options;
  const since = (options.since ?? new Date(Date.now() - 7 * 86_400_000)).toISOString();

  const buoys = await readJson<BuoySummary[]>(
    await fetch(`${API}/fleets/${encodeURIComponent(fleetId)}/buoys`, { signal }),
    "fleet listing",
  );

  let soaks = 0;
  for (const buoy of buoys) {
    signal?.throwIfAborted();
    await localStore.upsertBuoy(buoy);

    const historyUrl = `${API}/buoys/${encodeURIComponent(buoy.id)}/soaks?since=${encodeURIComponent(since)}`;
    const records = await readJson<SoakRecord[]>(
      await fetch(historyUrl, { headers: { accept: "application/json" } }),
      `soak history for ${buoy.id}`,
    );
    soaks += await localStore.replaceSoaks(buoy.id, records);
  }

  return { buoys: buoys.length, soaks };
}

export function totalCatchKg(records: SoakRecord[]): number {
  return records
    .filter((r) => r.hauledAt !== null)
    .reduce((sum, r) => sum + r.catchKg, 0);
}
