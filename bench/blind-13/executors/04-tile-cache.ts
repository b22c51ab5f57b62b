// expect: none
// Each path in the executor settles exactly once and returns right after: memory hit, 404 placeholder, bad status, socket/timeout error, response error, and normal end.
import https from 'node:https';
import type { IncomingMessage } from 'node:http';

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

export class TileFetchError extends Error {
  constructor(
    public readonly status: number,
    public readonly url: string,
  ) {
    super(`tile server responded ${status} for ${url}`);
    this.name = 'TileFetchError';
  }
}

// 1x1 transparent PNG, used for tiles outside the dataset's coverage.
const EMPTY_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export class TileCache {
  private readonly memory = new Map<string, Buffer>();
  private readonly inflight = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly urlTemplate: string,
    private readonly maxEntries = 2_000,
    private readonly userAgent = 'fleetmap-tiles/3.2',
  ) {}

  get(coord: TileCoord): Promise<Buffer> {
    const key = `${coord.z}/${coord.x}/${coord.y}`;
    const pending = this.inflight.get(key);
    if (pending) return pending;

    const p = this.load(key, coord).finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  private load(key: string, coord: TileCoord): Promise<Buffer> {
    const url = this.urlTemplate.replace('{z}', String(coord.z)).replace('{x}', String(coord.x)).replace('{y}', String(coord.y));

    return new Promise<Buffer>((resolve, reject) => {
      const hit = this.memory.get(key);
      if (hit) {
        // Re-insert so the Map's iteration order tracks recency.
        this.memory.delete(key);
        this.memory.set(key, hit);
        resolve(hit);
        return;
      }

      const req = https.get(url, { headers: { 'User-Agent': this.userAgent }, timeout: 8_000 }, (res: IncomingMessage) => {
        if (res.statusCode === 404) {
          res.resume();
          resolve(EMPTY_TILE);
          return;
        }
        if (res.statusCode !== 200) {
          res.resume();
          reject(new TileFetchError(res.statusCode ?? 0, url));
          return;
        }

        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          this.remember(key, body);
          resolve(body);
        });
      });

      req.on('timeout', () => req.destroy(new Error(`tile request timed out: ${url}`)));
      req.on('error', reject);
    });
  }

  private remember(key: string, body: Buffer): void {
    this.memory.set(key, body);
    while (this.memory.size > this.maxEntries) {
      const oldest = this.memory.keys().next().value;
      if (oldest === undefined) break;
      this.memory.delete(oldest);
    }
  }
}
