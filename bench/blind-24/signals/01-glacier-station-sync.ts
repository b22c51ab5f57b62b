// expect: require-signal-propagation
// The 429 back-off awaits timers/promises setTimeout without the caller's signal, so an abort sits out the whole retry-after wait.
import { setTimeout as delay } from 'node:timers/promises';

export interface StationReading {
  stationId: string;
  takenAt: string;
  surfaceTempC: number;
  ablationMm: number;
  velocityMPerDay: number;
}

interface ReadingsPage {
  readings: StationReading[];
  nextCursor: string | null;
}

export interface SyncOptions {
  since: Date;
  signal?: AbortSignal;
  pageSize?: number;
}

export interface ReadingStore {
  upsertMany(readings: StationReading[]): Promise<void>;
  lastSyncedAt(stationId: string): Promise<Date | null>;
}

const DEFAULT_RETRY_AFTER_S = 5;
const MAX_RETRY_AFTER_S = 120;

export class GlacierTelemetryClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async *readings(stationId: string, options: SyncOptions): AsyncGenerator<StationReading[]> {
    const { since, signal, pageSize = 500 } = options;
    let cursor: string | null = null;

    for (;;) {
      const url = new URL(`/v2/stations/${encodeURIComponent(stationId)}/readings`, this.baseUrl);
      url.searchParams.set('since', since.toISOString());
      url.searchParams.set('limit', String(pageSize));
      if (cursor) url.searchParams.set('cursor', cursor);

      const res = await fetch(url, {
        headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' },
        signal,
      });

      if (res.status === 429) {
        // The field gateways share one uplink; the API tells us how long to back off.
        const header = Number(res.headers.get('retry-after'));
        const waitS = Number.isFinite(header) && header > 0 ? Math.min(header, MAX_RETRY_AFTER_S) : DEFAULT_RETRY_AFTER_S;
        await res.body?.cancel();
        await delay(waitS * 1000);
        continue;
      }
      if (!res.ok) {
        throw new Error(`telemetry API returned ${res.status} for station ${stationId}`);
      }

      const page = (await res.json()) as ReadingsPage;
      if (page.readings.length > 0) yield page.readings;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }
}

export async function syncStations(
  client: GlacierTelemetryClient,
  store: ReadingStore,
  stationIds: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const summary = new Map<string, number>();
  const fallbackSince = new Date(Date.now() - 7 * 24 * 3600 * 1000);

  for (const stationId of stationIds) {
    signal?.throwIfAborted();
    const since = (await store.lastSyncedAt(stationId)) ?? fallbackSince;
    let count = 0;

    for await (const batch of client.readings(stationId, { since, signal })) {
      await store.upsertMany(batch);
      count += batch.length;
    }
    summary.set(stationId, count);
  }

  return summary;
}
