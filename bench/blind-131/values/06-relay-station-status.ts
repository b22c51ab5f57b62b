// expect: none
// The line-of-sight checks are awaited together with Promise.all before filtering, so the filter tests real booleans rather than pending promises.
export interface RelayStation {
  id: string;
  summit: string;
  elevationM: number;
  lat: number;
  lon: number;
}

export interface TerrainService {
  hasLineOfSight(from: { lat: number; lon: number }, to: RelayStation): Promise<boolean>;
}

export interface RouteChoice {
  station: RelayStation;
  distanceKm: number;
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export class RelayRouter {
  constructor(
    private readonly terrain: TerrainService,
    private readonly stations: RelayStation[],
    private readonly maxRangeKm = 35,
  ) {}

  async reachableFrom(team: { lat: number; lon: number }): Promise<RelayStation[]> {
    const inRange = this.stations.filter((s) => haversineKm(team, s) <= this.maxRangeKm);
    const visible = await Promise.all(inRange.map((s) => this.terrain.hasLineOfSight(team, s)));
    return inRange.filter((_, i) => visible[i]);
  }

  async bestRelay(team: { lat: number; lon: number }): Promise<RouteChoice | null> {
    const reachable = await this.reachableFrom(team);
    if (reachable.length === 0) return null;
    const ranked = reachable
      .map((station) => ({ station, distanceKm: haversineKm(team, station) }))
      .sort((a, b) => a.distanceKm - b.distanceKm || b.station.elevationM - a.station.elevationM);
    return ranked[0];
  }

  async coverageReport(teams: Array<{ callsign: string; lat: number; lon: number }>): Promise<string[]> {
    const lines: string[] = [];
    for (const team of teams) {
      const choice = await this.bestRelay(team);
      lines.push(
        choice
          ? `${team.callsign}: via ${choice.station.id} on ${choice.station.summit} (${choice.distanceKm.toFixed(1)} km)`
          : `${team.callsign}: NO RELAY — fall back to satellite messenger`,
      );
    }
    return lines;
  }
}
