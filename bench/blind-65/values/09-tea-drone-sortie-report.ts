// expect: no-promise-as-value
// The uplinked report embeds this.coverageFor(track), an async method, so the JSON body carries {} where the coverage figures should be.
export interface TrackPoint {
  lat: number;
  lon: number;
  altitudeM: number;
  sprayOn: boolean;
  t: number;
}

export interface Coverage {
  sprayedHectares: number;
  overlapPercent: number;
  missedRows: string[];
}

interface EstateMap {
  rowsWithin(polygon: Array<[number, number]>): Promise<string[]>;
  hectares(polygon: Array<[number, number]>): number;
}

declare const uplink: { send(channel: string, payload: Record<string, unknown>): Promise<void> };
declare const fleet: { batteryPercent(droneId: string): Promise<number> };

const SWATH_M = 4.5;

function sprayedPolygon(track: TrackPoint[]): Array<[number, number]> {
  return track.filter((p) => p.sprayOn).map((p) => [p.lat, p.lon]);
}

function distanceM(a: TrackPoint, b: TrackPoint): number {
  const dLat = (b.lat - a.lat) * 111_320;
  const dLon = (b.lon - a.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

export class SortieReporter {
  constructor(private readonly estate: EstateMap, private readonly plannedRows: string[]) {}

  async coverageFor(track: TrackPoint[]): Promise<Coverage> {
    const polygon = sprayedPolygon(track);
    const covered = await this.estate.rowsWithin(polygon);
    let sprayedMetres = 0;
    for (let i = 1; i < track.length; i++) {
      if (track[i].sprayOn && track[i - 1].sprayOn) sprayedMetres += distanceM(track[i - 1], track[i]);
    }
    const footprintHa = (sprayedMetres * SWATH_M) / 10_000;
    const areaHa = this.estate.hectares(polygon);
    return {
      sprayedHectares: Math.round(areaHa * 100) / 100,
      overlapPercent: areaHa > 0 ? Math.max(0, Math.round(((footprintHa - areaHa) / areaHa) * 100)) : 0,
      missedRows: this.plannedRows.filter((row) => !covered.includes(row)),
    };
  }

  async report(droneId: string, sortieId: string, track: TrackPoint[]): Promise<void> {
    if (track.length < 2) {
      throw new Error(`Sortie ${sortieId} has no usable track`);
    }
    const durationS = (track[track.length - 1].t - track[0].t) / 1000;
    const maxAltitudeM = Math.max(...track.map((p) => p.altitudeM));

    await uplink.send('sortie-report', {
      droneId,
      sortieId,
      durationS,
      maxAltitudeM,
      battery: await fleet.batteryPercent(droneId),
      coverage: this.coverageFor(track),
    });
  }
}

export function flaggedSorties(coverages: Array<{ sortieId: string; coverage: Coverage }>, maxOverlap = 25): string[] {
  return coverages
    .filter(({ coverage }) => coverage.overlapPercent > maxOverlap || coverage.missedRows.length > 0)
    .map(({ sortieId }) => sortieId);
}
