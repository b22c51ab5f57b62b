// expect: none
// Every outcome of the station request settles exactly once: non-200 responses reject and return, response and request errors reject, the socket timeout destroys the request (which surfaces as one 'error'), and only 'end' resolves.
import { get, type IncomingMessage } from 'node:http';

export interface StationReading {
  stationId: string;
  windKmh: number;
  gustKmh: number;
  directionDeg: number;
  cloudBaseM: number;
}

export interface LaunchVerdict {
  site: string;
  flyable: boolean;
  reasons: string[];
}

export function fetchStation(host: string, stationId: string, timeoutMs = 5_000): Promise<StationReading> {
  return new Promise<StationReading>((resolve, reject) => {
    const req = get({ host, path: `/stations/${encodeURIComponent(stationId)}/latest`, timeout: timeoutMs }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`station ${stationId} answered HTTP ${res.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<StationReading, 'stationId'>;
          resolve({ stationId, ...body });
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('timeout', () => {
      req.destroy(new Error(`station ${stationId} timed out after ${timeoutMs}ms`));
    });
    req.on('error', reject);
  });
}

export function judgeLaunch(site: string, reading: StationReading, facing: number): LaunchVerdict {
  const reasons: string[] = [];
  if (reading.windKmh > 25) reasons.push(`mean wind ${reading.windKmh} km/h`);
  if (reading.gustKmh - reading.windKmh > 12) reasons.push(`gust factor ${reading.gustKmh - reading.windKmh} km/h`);
  const offset = Math.abs(((reading.directionDeg - facing + 540) % 360) - 180);
  if (offset > 45) reasons.push(`crosswind ${offset} degrees off the slope`);
  if (reading.cloudBaseM < 1_200) reasons.push(`cloud base ${reading.cloudBaseM} m`);
  return { site, flyable: reasons.length === 0, reasons };
}

export async function morningBriefing(host: string, sites: Array<{ name: string; station: string; facing: number }>): Promise<LaunchVerdict[]> {
  const verdicts: LaunchVerdict[] = [];
  for (const site of sites) {
    try {
      const reading = await fetchStation(host, site.station);
      verdicts.push(judgeLaunch(site.name, reading, site.facing));
    } catch (err) {
      verdicts.push({ site: site.name, flyable: false, reasons: [`no data: ${(err as Error).message}`] });
    }
  }
  return verdicts;
}
