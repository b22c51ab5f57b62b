// expect: no-leaked-race
// The AIS lookup races a timers/promises sleep that is never cancelled, so every lookup leaves a pending timer behind after the position wins.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Position {
  mmsi: string;
  lat: number;
  lon: number;
  speedKnots: number;
  reportedAt: Date;
}

export interface RepairSite {
  faultId: string;
  cable: string;
  lat: number;
  lon: number;
}

export interface VesselEta {
  mmsi: string;
  faultId: string;
  distanceNm: number;
  etaHours: number | null;
  stale: boolean;
}

declare const ais: {
  latestPosition(mmsi: string): Promise<Position>;
};

export class AisTimeout extends Error {
  constructor(readonly mmsi: string, readonly ms: number) {
    super(`no AIS position for ${mmsi} within ${ms}ms`);
    this.name = 'AisTimeout';
  }
}

const EARTH_RADIUS_NM = 3440.065;

export function distanceNm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(bLat - aLat);
  const dLon = rad(bLon - aLon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(aLat)) * Math.cos(rad(bLat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_NM * Math.asin(Math.sqrt(h));
}

export async function positionWithin(mmsi: string, timeoutMs: number): Promise<Position> {
  return Promise.race([
    ais.latestPosition(mmsi),
    sleep(timeoutMs).then((): never => {
      throw new AisTimeout(mmsi, timeoutMs);
    }),
  ]);
}

export async function estimateArrival(mmsi: string, site: RepairSite, timeoutMs = 8_000): Promise<VesselEta> {
  const pos = await positionWithin(mmsi, timeoutMs);
  const distance = distanceNm(pos.lat, pos.lon, site.lat, site.lon);
  const stale = Date.now() - pos.reportedAt.getTime() > 30 * 60_000;
  return {
    mmsi,
    faultId: site.faultId,
    distanceNm: Math.round(distance * 10) / 10,
    etaHours: pos.speedKnots > 0.5 ? Math.round((distance / pos.speedKnots) * 10) / 10 : null,
    stale,
  };
}

export async function rankRepairShips(fleet: string[], site: RepairSite): Promise<VesselEta[]> {
  const etas: VesselEta[] = [];
  for (const mmsi of fleet) {
    try {
      etas.push(await estimateArrival(mmsi, site));
    } catch (err) {
      if (!(err instanceof AisTimeout)) throw err;
      etas.push({ mmsi, faultId: site.faultId, distanceNm: Number.POSITIVE_INFINITY, etaHours: null, stale: true });
    }
  }
  return etas.sort((a, b) => (a.etaHours ?? Infinity) - (b.etaHours ?? Infinity) || a.distanceNm - b.distanceNm);
}
