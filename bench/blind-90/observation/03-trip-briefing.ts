// expect: no-unobserved-promise
// The forecast, permit and roster requests are started together but awaited one after another; if permits or roster reject while the forecast is still pending, nothing is handling them yet.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Forecast {
  freezingLevelM: number;
  windKph: number;
  precipitationMm: number;
}

interface Permit {
  zone: string;
  validUntil: string;
  maxParty: number;
}

interface Guide {
  id: string;
  name: string;
  certifications: string[];
}

declare const weather: { forecast(lat: number, lon: number, date: string): Promise<Forecast> };
declare const parks: { permits(zone: string, date: string): Promise<Permit[]> };
declare const roster: { onDuty(date: string): Promise<Guide[]> };

const ZONES: Record<string, { lat: number; lon: number }> = {
  'lower-icefall': { lat: 46.547, lon: 7.981 },
  'upper-plateau': { lat: 46.553, lon: 7.962 },
};

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function briefingHandler(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const zone = url.searchParams.get('zone') ?? '';
  const date = url.searchParams.get('date') ?? new Date().toISOString().slice(0, 10);
  const coords = ZONES[zone];
  if (!coords) {
    sendJson(res, 404, { error: `unknown zone ${zone}` });
    return;
  }

  try {
    const forecastReq = weather.forecast(coords.lat, coords.lon, date);
    const permitsReq = parks.permits(zone, date);
    const guidesReq = roster.onDuty(date);

    const forecast = await forecastReq;
    const permits = await permitsReq;
    const guides = await guidesReq;

    const glacierCertified = guides.filter((g) => g.certifications.includes('IFMGA'));
    const go =
      forecast.windKph < 50 &&
      forecast.precipitationMm < 5 &&
      permits.some((p) => p.validUntil >= date) &&
      glacierCertified.length > 0;

    sendJson(res, 200, {
      zone,
      date,
      go,
      forecast,
      maxParty: Math.min(...permits.map((p) => p.maxParty), glacierCertified.length * 6),
      guides: glacierCertified.map((g) => g.name),
    });
  } catch (err) {
    sendJson(res, 502, { error: (err as Error).message });
  }
}
