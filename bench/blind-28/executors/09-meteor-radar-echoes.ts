// expect: none
// The async directory setup happens before the plain executor, and the request rejects on non-200 (after draining), request/response errors, timeouts and truncated bodies, so it always settles.
import { get, type IncomingMessage } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EchoBatch {
  station: string;
  hourUtc: string;
  echoes: Array<{ t: number; rangeKm: number; snrDb: number; velocityKms: number }>;
}

const REQUEST_TIMEOUT_MS = 20_000;

function fetchJson<T>(url: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const req = get(url, { headers: { accept: 'application/json' } }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`GET ${url} -> HTTP ${res.statusCode}`));
        return;
      }

      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T);
        } catch (err) {
          reject(err);
        }
      });
      res.on('close', () => {
        if (!res.complete) reject(new Error(`GET ${url} closed before the body finished`));
      });
    });

    req.setTimeout(REQUEST_TIMEOUT_MS, () => {
      req.destroy(new Error(`GET ${url} timed out after ${REQUEST_TIMEOUT_MS}ms`));
    });
    req.on('error', reject);
  });
}

export async function archiveHour(
  baseUrl: string,
  station: string,
  hourUtc: string,
  archiveRoot: string,
): Promise<{ path: string; count: number }> {
  const dir = join(archiveRoot, station, hourUtc.slice(0, 10));
  await mkdir(dir, { recursive: true });

  const url = `${baseUrl}/stations/${encodeURIComponent(station)}/echoes?hour=${encodeURIComponent(hourUtc)}`;
  const batch = await fetchJson<EchoBatch>(url);

  // underdense trails only: drop the long-duration head echoes
  const echoes = batch.echoes.filter((e) => e.snrDb >= 6 && Math.abs(e.velocityKms) < 75);
  const path = join(dir, `${hourUtc.slice(11, 13)}h.json`);
  await writeFile(path, JSON.stringify({ ...batch, echoes }, null, 1), 'utf8');
  return { path, count: echoes.length };
}
