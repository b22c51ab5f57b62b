// expect: none
// Async functions are handed to map/setInterval/withRetry as callbacks that the receiver invokes; every awaited value is a freshly started promise.
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface Van {
  id: string;
  depot: string;
  shops: string[];
  capacityTrays: number;
}

export interface Manifest {
  vanId: string;
  stops: Array<{ shop: string; trays: number; eta: string }>;
}

declare const routingApi: {
  planRoute(vanId: string, shops: string[]): Promise<Manifest>;
  confirmLoaded(vanId: string, trays: number): Promise<void>;
};

declare const telematics: {
  lastPing(vanId: string): Promise<{ lat: number; lon: number; at: number }>;
};

export async function withRetry<T>(task: () => Promise<T>, attempts = 3, backoffMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      await delay(backoffMs * 2 ** i);
    }
  }
  throw lastError;
}

export class DispatchBoard extends EventEmitter {
  private readonly manifests = new Map<string, Manifest>();
  private pingTimer?: NodeJS.Timeout;

  constructor(
    private readonly vans: Van[],
    private readonly pingEveryMs = 30_000,
  ) {
    super();
  }

  private planOne = async (van: Van): Promise<Manifest> => {
    const manifest = await withRetry(() => routingApi.planRoute(van.id, van.shops));
    const trays = manifest.stops.reduce((sum, stop) => sum + stop.trays, 0);
    if (trays > van.capacityTrays) {
      throw new Error(`van ${van.id} overbooked: ${trays}/${van.capacityTrays} trays`);
    }
    this.manifests.set(van.id, manifest);
    return manifest;
  };

  async planMorningRun(): Promise<Manifest[]> {
    const manifests = await Promise.all(this.vans.map(this.planOne));
    this.emit('planned', manifests.length);
    return manifests;
  }

  async confirmLoading(): Promise<string[]> {
    const results = await Promise.allSettled(
      [...this.manifests.values()].map((m) =>
        routingApi.confirmLoaded(
          m.vanId,
          m.stops.reduce((n, s) => n + s.trays, 0),
        ),
      ),
    );
    return results.flatMap((r, i) => (r.status === 'rejected' ? [this.vans[i]?.id ?? '?'] : []));
  }

  private refreshPositions = async (): Promise<void> => {
    for (const van of this.vans) {
      try {
        const ping = await telematics.lastPing(van.id);
        this.emit('position', van.id, ping);
      } catch (err) {
        this.emit('telemetry-gap', van.id, err);
      }
    }
  };

  startTracking(): void {
    this.stopTracking();
    this.pingTimer = setInterval(this.refreshPositions, this.pingEveryMs);
    this.pingTimer.unref();
  }

  stopTracking(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = undefined;
  }
}
