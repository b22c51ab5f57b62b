// expect: require-signal-propagation
// The function checks signal between stations but never passes it to fetch, so an in-flight request (up to the 20s buoy timeout) keeps running after abort.
export interface BuoyReading {
  stationId: string;
  tempC: number;
  salinityPpt: number;
  chlorophyllUgL: number;
  vibrioRisk: 'low' | 'elevated' | 'high';
  sampledAt: string;
}

export interface SyncOptions {
  baseUrl: string;
  apiKey: string;
  signal: AbortSignal;
  since?: Date;
}

declare const readingsDb: {
  upsert(rows: BuoyReading[]): Promise<number>;
};

function classifyVibrio(tempC: number, salinityPpt: number): BuoyReading['vibrioRisk'] {
  // Vibrio parahaemolyticus blooms in warm, moderately brackish water.
  if (tempC >= 24 && salinityPpt >= 10 && salinityPpt <= 30) return 'high';
  if (tempC >= 20) return 'elevated';
  return 'low';
}

async function fetchStation(opts: SyncOptions, stationId: string): Promise<BuoyReading[]> {
  const url = new URL(`/v2/stations/${encodeURIComponent(stationId)}/readings`, opts.baseUrl);
  if (opts.since) url.searchParams.set('since', opts.since.toISOString());

  const res = await fetch(url, {
    headers: { authorization: `Bearer ${opts.apiKey}`, accept: 'application/json' },
  });
  if (!res.ok) {
    throw new Error(`station ${stationId}: HTTP ${res.status}`);
  }
  const rows = (await res.json()) as Array<Omit<BuoyReading, 'vibrioRisk' | 'stationId'>>;
  return rows.map((r) => ({ ...r, stationId, vibrioRisk: classifyVibrio(r.tempC, r.salinityPpt) }));
}

export async function syncLeaseBuoys(stationIds: string[], opts: SyncOptions): Promise<{ stored: number; highRisk: string[] }> {
  let stored = 0;
  const highRisk = new Set<string>();

  for (const stationId of stationIds) {
    opts.signal.throwIfAborted();
    const readings = await fetchStation(opts, stationId);
    stored += await readingsDb.upsert(readings);
    for (const r of readings) {
      if (r.vibrioRisk === 'high') highRisk.add(stationId);
    }
  }

  return { stored, highRisk: [...highRisk] };
}

export function scheduleSync(stationIds: string[], base: Omit<SyncOptions, 'signal'>, everyMs: number): () => void {
  let controller = new AbortController();
  const run = () => {
    controller.abort();
    const current = new AbortController();
    controller = current;
    syncLeaseBuoys(stationIds, { ...base, signal: current.signal }).catch((err: unknown) => {
      if (!current.signal.aborted) console.error('buoy sync failed', err);
    });
  };
  run();
  const timer = setInterval(run, everyMs);
  return () => {
    clearInterval(timer);
    controller.abort();
  };
}
