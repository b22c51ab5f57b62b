// expect: no-multiple-settle
// The response callback settles for 2xx, 404 and 5xx only; any other status (401, 429, a 3xx) drops through every branch and the promise never settles.
import { request } from 'node:https';

export interface YurtAvailability {
  siteId: string;
  night: string;
  yurts: Array<{ yurtId: string; berths: number; stove: boolean; priceCents: number }>;
}

declare const bookingGateway: {
  host: string;
  apiKey: string;
};

function fetchAvailability(siteId: string, night: string): Promise<YurtAvailability> {
  return new Promise<YurtAvailability>((resolve, reject) => {
    const req = request(
      {
        host: bookingGateway.host,
        path: `/v2/sites/${encodeURIComponent(siteId)}/availability?night=${night}`,
        method: 'GET',
        headers: { accept: 'application/json', 'x-api-key': bookingGateway.apiKey },
        timeout: 8_000,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('error', reject);
          res.on('end', () => {
            try {
              const parsed = JSON.parse(body) as YurtAvailability['yurts'];
              resolve({ siteId, night, yurts: parsed });
            } catch (err) {
              reject(err);
            }
          });
        } else if (status === 404) {
          res.resume();
          resolve({ siteId, night, yurts: [] });
        } else if (status >= 500) {
          res.resume();
          reject(new Error(`booking gateway returned ${status} for ${siteId} on ${night}`));
        }
      },
    );
    req.on('timeout', () => req.destroy(new Error(`availability request for ${siteId} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

function nightsBetween(arrival: string, departure: string): string[] {
  const nights: string[] = [];
  const cursor = new Date(`${arrival}T00:00:00Z`);
  const end = new Date(`${departure}T00:00:00Z`);
  while (cursor < end) {
    nights.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return nights;
}

export async function findStayableYurts(
  siteId: string,
  arrival: string,
  departure: string,
  party: number,
): Promise<Array<{ yurtId: string; totalCents: number }>> {
  const nights = nightsBetween(arrival, departure);
  if (nights.length === 0) return [];

  const perNight = await Promise.all(nights.map((night) => fetchAvailability(siteId, night)));
  const totals = new Map<string, { nights: number; totalCents: number }>();
  for (const availability of perNight) {
    for (const yurt of availability.yurts) {
      if (yurt.berths < party) continue;
      const entry = totals.get(yurt.yurtId) ?? { nights: 0, totalCents: 0 };
      entry.nights += 1;
      entry.totalCents += yurt.priceCents;
      totals.set(yurt.yurtId, entry);
    }
  }
  return [...totals.entries()]
    .filter(([, t]) => t.nights === nights.length)
    .map(([yurtId, t]) => ({ yurtId, totalCents: t.totalCents }))
    .sort((a, b) => a.totalCents - b.totalCents);
}
