// expect: no-reused-settled-promise
// locateCollar's retry loop re-awaits the one satellite query it started before the loop, so a failed query is just rethrown instead of being retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CollarFix {
  collarId: string;
  lat: number;
  lon: number;
  fixedAt: string;
  batteryPct: number;
}

export interface CaravanPosition {
  caravanId: string;
  centroid: { lat: number; lon: number };
  spreadKm: number;
  stragglers: string[];
}

declare const satLink: {
  queryCollar(collarId: string): Promise<CollarFix>;
};

declare const caravanRoster: {
  collars(caravanId: string): Promise<string[]>;
};

class SatLinkError extends Error {
  constructor(message: string, readonly transient: boolean) {
    super(message);
  }
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

export class CaravanTracker {
  constructor(private readonly maxAttempts = 4, private readonly baseDelayMs = 3_000) {}

  async locateCollar(collarId: string): Promise<CollarFix> {
    const query = satLink.queryCollar(collarId);
    for (let attempt = 1; ; attempt++) {
      try {
        return await query;
      } catch (err) {
        const transient = err instanceof SatLinkError && err.transient;
        if (!transient || attempt >= this.maxAttempts) throw err;
        // the satellite pass window is short; back off exponentially within it
        await sleep(this.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  async position(caravanId: string): Promise<CaravanPosition> {
    const collars = await caravanRoster.collars(caravanId);
    if (collars.length === 0) throw new Error(`caravan ${caravanId} has no collared camels`);

    const fixes: CollarFix[] = [];
    for (const id of collars) {
      fixes.push(await this.locateCollar(id));
    }

    const centroid = {
      lat: fixes.reduce((s, f) => s + f.lat, 0) / fixes.length,
      lon: fixes.reduce((s, f) => s + f.lon, 0) / fixes.length,
    };
    const distances = fixes.map((f) => ({ id: f.collarId, km: haversineKm(centroid, f) }));
    return {
      caravanId,
      centroid,
      spreadKm: Math.max(...distances.map((d) => d.km)),
      stragglers: distances.filter((d) => d.km > 2.5).map((d) => d.id),
    };
  }
}
