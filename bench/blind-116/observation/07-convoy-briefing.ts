// expect: no-unobserved-promise
// The ice-chart request is started and held in a variable while the weather forecast is awaited, so if the chart service rejects first there is no handler on it until the forecast arrives.
export interface IceChart {
  region: string;
  issuedAt: string;
  polygons: Array<{ concentrationTenths: number; stage: 'new' | 'young' | 'first-year' | 'multi-year'; coords: Array<[number, number]> }>;
}

export interface Forecast {
  windKnots: number;
  windFromDeg: number;
  visibilityNm: number;
  airTempC: number;
}

export interface Convoy {
  id: string;
  escortedVessels: string[];
  route: Array<[number, number]>;
}

export interface BriefingServices {
  iceChart(region: string): Promise<IceChart>;
  forecast(lat: number, lon: number, hours: number): Promise<Forecast>;
}

export interface ConvoyBriefing {
  convoyId: string;
  heavyIceShare: number;
  forecast: Forecast;
  advisories: string[];
}

function heavyIceShare(chart: IceChart): number {
  if (chart.polygons.length === 0) return 0;
  const heavy = chart.polygons.filter((p) => p.concentrationTenths >= 7 && p.stage !== 'new').length;
  return heavy / chart.polygons.length;
}

export async function prepareBriefing(
  services: BriefingServices,
  convoy: Convoy,
  region: string,
): Promise<ConvoyBriefing> {
  const chartRequest = services.iceChart(region);

  const [lat, lon] = convoy.route[0];
  const forecast = await services.forecast(lat, lon, 48);

  const chart = await chartRequest;
  const share = heavyIceShare(chart);

  const advisories: string[] = [];
  if (share > 0.4) advisories.push('Close-escort formation; maximum 1 nm spacing.');
  if (forecast.windKnots > 30) advisories.push(`Wind ${forecast.windKnots} kn: expect pressure ridges on lee side.`);
  if (forecast.visibilityNm < 1) advisories.push('Reduced visibility: searchlights and radar watch.');
  if (forecast.airTempC < -25) advisories.push('Severe icing risk on escorted vessels.');

  return { convoyId: convoy.id, heavyIceShare: share, forecast, advisories };
}

export function renderBriefing(b: ConvoyBriefing): string {
  return [
    `Convoy ${b.convoyId}`,
    `Heavy ice on route: ${(b.heavyIceShare * 100).toFixed(0)}%`,
    `Wind ${b.forecast.windKnots} kn from ${b.forecast.windFromDeg}°, vis ${b.forecast.visibilityNm} nm`,
    ...b.advisories.map((a) => ` - ${a}`),
  ].join('\n');
}
