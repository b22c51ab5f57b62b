// expect: no-unchecked-settled-results
// The allSettled results are cast straight to fulfilled and their .value read without checking status, so any station that failed contributes undefined and the briefing crashes or averages NaN instead of skipping it.
export interface WindSample {
  stationId: string;
  speedKmh: number;
  gustKmh: number;
  directionDeg: number;
  thermalIndex: number;
}

export interface StationClient {
  latest(stationId: string): Promise<WindSample>;
}

export interface SiteBriefing {
  site: string;
  stations: number;
  avgSpeedKmh: number;
  maxGustKmh: number;
  thermals: 'weak' | 'moderate' | 'strong';
  go: boolean;
}

function thermalLabel(index: number): SiteBriefing['thermals'] {
  if (index < 2) return 'weak';
  if (index < 4) return 'moderate';
  return 'strong';
}

export class BriefingBuilder {
  constructor(private readonly client: StationClient, private readonly maxGustKmh = 30) {}

  async forSite(site: string, stationIds: string[]): Promise<SiteBriefing> {
    const results = await Promise.allSettled(stationIds.map((id) => this.client.latest(id)));
    const samples = results.map((r) => (r as PromiseFulfilledResult<WindSample>).value);

    const avgSpeedKmh = samples.reduce((sum, s) => sum + s.speedKmh, 0) / samples.length;
    const maxGustKmh = Math.max(...samples.map((s) => s.gustKmh));
    const thermalIndex = Math.max(...samples.map((s) => s.thermalIndex));

    return {
      site,
      stations: samples.length,
      avgSpeedKmh: Math.round(avgSpeedKmh * 10) / 10,
      maxGustKmh,
      thermals: thermalLabel(thermalIndex),
      go: maxGustKmh <= this.maxGustKmh && avgSpeedKmh <= 22,
    };
  }

  async forRegion(sites: Record<string, string[]>): Promise<SiteBriefing[]> {
    const briefings: SiteBriefing[] = [];
    for (const [site, stations] of Object.entries(sites)) {
      briefings.push(await this.forSite(site, stations));
    }
    return briefings.sort((a, b) => Number(b.go) - Number(a.go) || a.maxGustKmh - b.maxGustKmh);
  }
}

export function formatBriefing(b: SiteBriefing): string {
  const verdict = b.go ? 'GO' : 'STAND DOWN';
  return `${b.site.padEnd(16)} ${verdict.padEnd(11)} wind ${b.avgSpeedKmh} km/h, gusts ${b.maxGustKmh}, thermals ${b.thermals} (${b.stations} stations)`;
}
