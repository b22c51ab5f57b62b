// expect: require-signal-propagation
// The passenger-page fetch loop inside loadManifest does not pass the caller's signal to fetch, so cancelling a sync leaves page requests running.
import { EventEmitter } from 'node:events';

export interface Passenger {
  ticketId: string;
  name: string;
  vehicle?: { plate: string; lengthMeters: number };
}

export interface SailingManifest {
  sailingId: string;
  vessel: string;
  departsAt: string;
  passengers: Passenger[];
}

interface PassengerPage {
  items: Passenger[];
  next: string | null;
}

export interface SyncOptions {
  signal: AbortSignal;
  pageSize?: number;
}

const API_BASE = process.env.FERRY_API_BASE ?? 'https://booking.harbourline.example/api/v2';

export class ManifestSync extends EventEmitter {
  private readonly cache = new Map<string, SailingManifest>();

  constructor(private readonly apiToken: string) {
    super();
  }

  private headers(): Record<string, string> {
    return {
      authorization: `Bearer ${this.apiToken}`,
      accept: 'application/json',
    };
  }

  async loadManifest(sailingId: string, options: SyncOptions): Promise<SailingManifest> {
    const { signal, pageSize = 200 } = options;

    const headerRes = await fetch(`${API_BASE}/sailings/${encodeURIComponent(sailingId)}`, {
      headers: this.headers(),
      signal,
    });
    if (!headerRes.ok) {
      throw new Error(`sailing ${sailingId}: HTTP ${headerRes.status}`);
    }
    const header = (await headerRes.json()) as Omit<SailingManifest, 'passengers'>;

    const passengers: Passenger[] = [];
    let next: string | null = `${API_BASE}/sailings/${encodeURIComponent(sailingId)}/passengers?limit=${pageSize}`;

    while (next) {
      const res = await fetch(next, { headers: this.headers() });
      if (!res.ok) {
        throw new Error(`passenger page for ${sailingId}: HTTP ${res.status}`);
      }
      const page = (await res.json()) as PassengerPage;
      passengers.push(...page.items);
      this.emit('progress', { sailingId, loaded: passengers.length });
      next = page.next;
    }

    const manifest: SailingManifest = { ...header, passengers };
    this.cache.set(sailingId, manifest);
    return manifest;
  }

  async syncDay(sailingIds: string[], options: SyncOptions): Promise<SailingManifest[]> {
    const results: SailingManifest[] = [];
    for (const id of sailingIds) {
      options.signal.throwIfAborted();
      results.push(await this.loadManifest(id, options));
    }
    this.emit('synced', { count: results.length });
    return results;
  }

  cached(sailingId: string): SailingManifest | undefined {
    return this.cache.get(sailingId);
  }

  vehicleDeckUsage(sailingId: string): number {
    const manifest = this.cache.get(sailingId);
    if (!manifest) return 0;
    return manifest.passengers.reduce((sum, p) => sum + (p.vehicle?.lengthMeters ?? 0), 0);
  }
}
