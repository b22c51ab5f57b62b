// expect: none
// The non-200 branch rejects and returns before any body listener exists; body parse errors, response errors, request errors and the timeout (via destroy) all reach reject.
import { get } from 'node:https';

export interface AxleReport {
  ticket: string;
  truck: string;
  axlesKg: number[];
  grossKg: number;
  measuredAt: string;
}

export class WeighStationError extends Error {
  constructor(
    readonly status: number,
    readonly ticket: string,
  ) {
    super(`weigh station answered ${status} for ticket ${ticket}`);
  }
}

const STATION = process.env.WEIGH_STATION_URL ?? 'https://weigh.tibbitt-contwoyto.example/api';

export function fetchAxleWeights(ticket: string, apiKey: string): Promise<AxleReport> {
  return new Promise<AxleReport>((resolve, reject) => {
    const req = get(
      `${STATION}/tickets/${encodeURIComponent(ticket)}`,
      { headers: { authorization: `Bearer ${apiKey}`, accept: 'application/json' }, timeout: 8_000 },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new WeighStationError(res.statusCode ?? 0, ticket));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as AxleReport);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`weigh station timed out on ticket ${ticket}`)));
    req.on('error', reject);
  });
}

// Seasonal ice-road limits by axle group, in kg.
const AXLE_LIMIT_KG = 9_100;
const GROSS_LIMIT_KG = 63_500;

export async function clearForIceRoad(ticket: string, apiKey: string): Promise<{ ok: boolean; reasons: string[] }> {
  const report = await fetchAxleWeights(ticket, apiKey);
  const reasons: string[] = [];
  report.axlesKg.forEach((kg, i) => {
    if (kg > AXLE_LIMIT_KG) reasons.push(`axle ${i + 1} at ${kg} kg`);
  });
  if (report.grossKg > GROSS_LIMIT_KG) reasons.push(`gross ${report.grossKg} kg`);
  return { ok: reasons.length === 0, reasons };
}
