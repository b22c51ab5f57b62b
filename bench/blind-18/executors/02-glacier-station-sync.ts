// expect: no-multiple-settle
// When a station answers with a status other than 200/204 the response is drained but the promise is never resolved or rejected, so that station's sync hangs forever.
import { get } from 'node:http';
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream';

export interface StationEndpoint {
  id: string;
  host: string;
  port: number;
}

export interface SyncResult {
  stationId: string;
  file: string | null;
  bytes: number;
}

function downloadLatestLog(station: StationEndpoint, destDir: string): Promise<string | null> {
  const file = join(destDir, `${station.id}-${Date.now()}.csv`);
  return new Promise((resolve, reject) => {
    const req = get({ host: station.host, port: station.port, path: '/logs/latest.csv', timeout: 30_000 }, (res) => {
      if (res.statusCode === 204) {
        // nothing recorded since the last pull
        res.resume();
        resolve(null);
        return;
      }
      if (res.statusCode !== 200) {
        console.warn(`station ${station.id} responded ${res.statusCode}`);
        res.resume();
        return;
      }
      pipeline(res, createWriteStream(file), (err) => {
        if (err) reject(err);
        else resolve(file);
      });
    });
    req.on('timeout', () => req.destroy(new Error(`station ${station.id} timed out`)));
    req.on('error', reject);
  });
}

async function syncOne(station: StationEndpoint, destDir: string): Promise<SyncResult> {
  const file = await downloadLatestLog(station, destDir);
  if (!file) return { stationId: station.id, file: null, bytes: 0 };
  const { size } = await stat(file);
  return { stationId: station.id, file, bytes: size };
}

export async function syncStations(
  stations: StationEndpoint[],
  destDir: string,
  concurrency = 3,
): Promise<{ ok: SyncResult[]; failed: Array<{ stationId: string; error: string }> }> {
  await mkdir(destDir, { recursive: true });
  const queue = [...stations];
  const ok: SyncResult[] = [];
  const failed: Array<{ stationId: string; error: string }> = [];

  const worker = async () => {
    for (let station = queue.shift(); station; station = queue.shift()) {
      try {
        ok.push(await syncOne(station, destDir));
      } catch (err) {
        failed.push({ stationId: station.id, error: (err as Error).message });
      }
    }
  };

  await Promise.all(Array.from({ length: Math.min(concurrency, stations.length) }, worker));
  return { ok, failed };
}
