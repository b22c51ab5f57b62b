// expect: require-signal-propagation
// fetchReadings gets the caller's signal in opts but the paged readings fetch is issued without it, so cancelling a sync leaves those requests running.
import { setTimeout as delay } from 'node:timers/promises';

export interface HiveReading {
  hiveId: string;
  takenAt: string;
  broodTempC: number;
  humidity: number;
  weightKg: number;
}

export interface SyncOptions {
  signal?: AbortSignal;
  since?: Date;
  pageSize?: number;
}

interface ReadingsPage {
  readings: HiveReading[];
  nextCursor?: string;
}

const API_BASE = 'https://api.hivescale.example/v2';

export class HiveTelemetryClient {
  constructor(private readonly token: string) {}

  private headers(): HeadersInit {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json' };
  }

  async listHives(apiaryId: string, opts: SyncOptions = {}): Promise<string[]> {
    const res = await fetch(`${API_BASE}/apiaries/${encodeURIComponent(apiaryId)}/hives`, {
      headers: this.headers(),
      signal: opts.signal,
    });
    if (!res.ok) throw new Error(`listHives(${apiaryId}) failed: HTTP ${res.status}`);
    const body = (await res.json()) as { hives: { id: string; active: boolean }[] };
    return body.hives.filter((h) => h.active).map((h) => h.id);
  }

  async fetchReadings(hiveId: string, opts: SyncOptions = {}): Promise<HiveReading[]> {
    const out: HiveReading[] = [];
    const params = new URLSearchParams({ limit: String(opts.pageSize ?? 500) });
    if (opts.since) params.set('since', opts.since.toISOString());

    for (;;) {
      const url = `${API_BASE}/hives/${encodeURIComponent(hiveId)}/readings?${params}`;
      const res = await fetch(url, { headers: this.headers() });

      if (res.status === 429) {
        // the gateway tells us how long to back off in seconds
        const waitS = Number(res.headers.get('retry-after') ?? '1');
        await delay(Math.min(waitS, 30) * 1000, undefined, { signal: opts.signal });
        continue;
      }
      if (!res.ok) throw new Error(`readings for ${hiveId}: HTTP ${res.status}`);

      const page = (await res.json()) as ReadingsPage;
      out.push(...page.readings);
      if (!page.nextCursor) break;
      params.set('cursor', page.nextCursor);
    }
    return out;
  }

  async syncApiary(
    apiaryId: string,
    store: (hiveId: string, readings: HiveReading[]) => Promise<void>,
    opts: SyncOptions = {},
  ): Promise<{ hives: number; readings: number }> {
    const hives = await this.listHives(apiaryId, opts);
    let total = 0;
    for (const hiveId of hives) {
      opts.signal?.throwIfAborted();
      const readings = await this.fetchReadings(hiveId, opts);
      // scales occasionally report a zero weight while the lid is off
      const cleaned = readings.filter((r) => r.weightKg > 0);
      await store(hiveId, cleaned);
      total += cleaned.length;
    }
    return { hives: hives.length, readings: total };
  }
}
