// expect: no-swallowed-abort
// refreshRegion catches every failure, including the abort raised by the passed signal, and returns the cached snapshot as if the refresh had succeeded.
import { EventEmitter } from 'node:events';

export type BloodGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface InventorySnapshot {
  region: string;
  takenAt: number;
  units: Record<BloodGroup, number>;
  stale: boolean;
}

declare const log: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const GROUPS: BloodGroup[] = ['O-', 'O+', 'A-', 'A+', 'B-', 'B+', 'AB-', 'AB+'];
const CRITICAL_THRESHOLD: Partial<Record<BloodGroup, number>> = { 'O-': 40, 'O+': 60, 'AB-': 5 };

function emptySnapshot(region: string): InventorySnapshot {
  const units = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<BloodGroup, number>;
  return { region, takenAt: 0, units, stale: true };
}

export class RegionalInventorySync extends EventEmitter {
  private readonly cache = new Map<string, InventorySnapshot>();

  constructor(
    private readonly hubUrl: string,
    private readonly token: string,
  ) {
    super();
  }

  private async pull(region: string, signal: AbortSignal): Promise<InventorySnapshot> {
    const res = await fetch(`${this.hubUrl}/regions/${encodeURIComponent(region)}/inventory`, {
      headers: { authorization: `Bearer ${this.token}` },
      signal,
    });
    if (!res.ok) throw new Error(`hub returned ${res.status} for ${region}`);
    const body = (await res.json()) as { units: Record<BloodGroup, number>; asOf: string };
    return { region, takenAt: Date.parse(body.asOf), units: body.units, stale: false };
  }

  async refreshRegion(region: string, signal: AbortSignal): Promise<InventorySnapshot> {
    try {
      const snapshot = await this.pull(region, signal);
      this.cache.set(region, snapshot);
      this.checkCritical(snapshot);
      return snapshot;
    } catch (err) {
      // The hub goes down during maintenance windows; keep serving the last known counts.
      log.warn('inventory refresh failed, serving cached counts', {
        region,
        error: err instanceof Error ? err.message : String(err),
      });
      const cached = this.cache.get(region) ?? emptySnapshot(region);
      return { ...cached, stale: true };
    }
  }

  async refreshAll(regions: string[], signal: AbortSignal): Promise<InventorySnapshot[]> {
    const results: InventorySnapshot[] = [];
    for (const region of regions) {
      signal.throwIfAborted();
      results.push(await this.refreshRegion(region, signal));
    }
    log.info('regional inventory refreshed', { regions: regions.length });
    return results;
  }

  private checkCritical(snapshot: InventorySnapshot): void {
    for (const [group, min] of Object.entries(CRITICAL_THRESHOLD) as [BloodGroup, number][]) {
      if (snapshot.units[group] < min) {
        this.emit('critical', { region: snapshot.region, group, units: snapshot.units[group] });
      }
    }
  }
}
