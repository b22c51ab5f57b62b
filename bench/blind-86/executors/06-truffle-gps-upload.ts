// expect: none
// Every early failure path uses `return reject(...)`, and the request timeout destroys the request so it settles through the single 'error' handler.
import https from 'node:https';
import { gzip } from 'node:zlib';
import { readFile } from 'node:fs';

export interface TrackPoint {
  lat: number;
  lon: number;
  t: number;
  dogAlert?: boolean;
}

export interface UploadResult {
  trackId: string;
  points: number;
}

function gzipAsync(data: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gzip(data, (err, out) => {
      if (err) return reject(err);
      resolve(out);
    });
  });
}

function readTrackFile(file: string): Promise<TrackPoint[]> {
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) return reject(err);
      let points: TrackPoint[];
      try {
        points = text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as TrackPoint);
      } catch (parseErr) {
        return reject(parseErr);
      }
      resolve(points);
    });
  });
}

function postTrack(host: string, token: string, body: Buffer, timeoutMs: number): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host,
        path: '/v2/hunts/tracks',
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/x-ndjson',
          'content-encoding': 'gzip',
          'content-length': body.length,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 201) {
            return reject(new Error(`track upload failed: ${res.statusCode} ${text.slice(0, 200)}`));
          }
          try {
            resolve(JSON.parse(text) as UploadResult);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`track upload timed out after ${timeoutMs}ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

export async function uploadHunt(file: string, opts: { host: string; token: string }): Promise<UploadResult> {
  const points = await readTrackFile(file);
  const alerts = points.filter((p) => p.dogAlert).length;
  console.log(`[truffle] ${file}: ${points.length} points, ${alerts} dog alerts`);
  const payload = Buffer.from(points.map((p) => JSON.stringify(p)).join('\n'), 'utf8');
  return postTrack(opts.host, opts.token, await gzipAsync(payload), 15_000);
}
