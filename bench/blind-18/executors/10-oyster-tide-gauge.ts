// expect: none
// Every branch of the response callback settles (non-200 rejects, body parses or rejects in 'end'), and request errors, response stream errors and timeouts all reject.
import { get } from 'node:http';

export interface TidePrediction {
  time: string;
  heightM: number;
  kind: 'high' | 'low';
}

export interface HarvestWindow {
  lease: string;
  opensAt: string;
  closesAt: string;
}

function fetchTides(gaugeHost: string, stationId: string, day: string): Promise<TidePrediction[]> {
  return new Promise((resolve, reject) => {
    const req = get({ host: gaugeHost, path: `/stations/${encodeURIComponent(stationId)}/tides?date=${day}`, timeout: 10_000 }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`tide gauge ${stationId} responded ${res.statusCode}`));
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const parsed = JSON.parse(body) as { predictions: TidePrediction[] };
          resolve(parsed.predictions);
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`tide gauge ${stationId} timed out`)));
    req.on('error', reject);
  });
}

export function lowTideWindows(lease: string, predictions: TidePrediction[], maxHeightM: number, marginMinutes = 90): HarvestWindow[] {
  return predictions
    .filter((p) => p.kind === 'low' && p.heightM <= maxHeightM)
    .map((p) => {
      const t = Date.parse(p.time);
      return {
        lease,
        opensAt: new Date(t - marginMinutes * 60_000).toISOString(),
        closesAt: new Date(t + marginMinutes * 60_000).toISOString(),
      };
    });
}

export async function planHarvest(
  gaugeHost: string,
  leases: Array<{ name: string; stationId: string; maxHeightM: number }>,
  day: string,
): Promise<HarvestWindow[]> {
  const windows: HarvestWindow[] = [];
  for (const lease of leases) {
    const tides = await fetchTides(gaugeHost, lease.stationId, day);
    windows.push(...lowTideWindows(lease.name, tides, lease.maxHeightM));
  }
  return windows.sort((a, b) => a.opensAt.localeCompare(b.opensAt));
}
