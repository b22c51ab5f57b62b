// expect: no-multiple-settle
// readFix calls reject() on a radio error but does not return, so the same callback falls through and also calls resolve().
import { EventEmitter } from 'node:events';

interface RawFix {
  lat: number;
  lon: number;
  speedKph: number;
  axleLoadKg: number;
  takenAt: number;
}

export interface PositionFix {
  truckId: string;
  lat: number;
  lon: number;
  speedKph: number;
  axleLoadKg: number;
  takenAt: number;
  stale: boolean;
}

declare const convoyRadio: {
  queryPosition(truckId: string, cb: (err: Error | null, raw: RawFix | null) => void): void;
};

declare const iceProfile: {
  minimumSpacingMetres(iceThicknessCm: number, axleLoadKg: number): number;
  thicknessAt(lat: number, lon: number): number;
};

class ConvoyRadioError extends Error {
  constructor(readonly truckId: string, cause: Error) {
    super(`radio query failed for truck ${truckId}: ${cause.message}`, { cause });
    this.name = 'ConvoyRadioError';
  }
}

const STALE_AFTER_MS = 90_000;

function toFix(truckId: string, raw: RawFix | null): PositionFix {
  const takenAt = raw?.takenAt ?? 0;
  return {
    truckId,
    lat: raw?.lat ?? Number.NaN,
    lon: raw?.lon ?? Number.NaN,
    speedKph: raw?.speedKph ?? 0,
    axleLoadKg: raw?.axleLoadKg ?? 0,
    takenAt,
    stale: Date.now() - takenAt > STALE_AFTER_MS,
  };
}

function readFix(truckId: string): Promise<PositionFix> {
  return new Promise<PositionFix>((resolve, reject) => {
    convoyRadio.queryPosition(truckId, (err, raw) => {
      if (err) {
        reject(new ConvoyRadioError(truckId, err));
      }
      resolve(toFix(truckId, raw));
    });
  });
}

function haversineMetres(a: PositionFix, b: PositionFix): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

export interface SpacingAlert {
  leader: string;
  follower: string;
  gapMetres: number;
  requiredMetres: number;
}

export class ConvoySpacingMonitor extends EventEmitter {
  constructor(private readonly order: readonly string[]) {
    super();
  }

  async sweep(): Promise<SpacingAlert[]> {
    const fixes: PositionFix[] = [];
    for (const truckId of this.order) {
      try {
        fixes.push(await readFix(truckId));
      } catch (err) {
        this.emit('radio-gap', truckId, err);
      }
    }

    const alerts: SpacingAlert[] = [];
    for (let i = 1; i < fixes.length; i++) {
      const leader = fixes[i - 1];
      const follower = fixes[i];
      if (leader.stale || follower.stale) continue;

      const thickness = iceProfile.thicknessAt(follower.lat, follower.lon);
      const required = iceProfile.minimumSpacingMetres(thickness, follower.axleLoadKg);
      const gap = haversineMetres(leader, follower);
      if (gap < required) {
        alerts.push({ leader: leader.truckId, follower: follower.truckId, gapMetres: gap, requiredMetres: required });
      }
    }

    if (alerts.length > 0) this.emit('spacing', alerts);
    return alerts;
  }
}
