// expect: no-multiple-settle
// The 429 branch schedules a retry but never wires that retry's outcome to resolve/reject, so a rate-limited purge never settles.
import { request } from 'node:https';

export interface PurgeResult {
  purgeId: string;
  estimatedSeconds: number;
  paths: string[];
}

export interface CdnPurgeOptions {
  apiHost: string;
  zoneId: string;
  apiToken: string;
  requestTimeoutMs?: number;
}

const MAX_PATHS_PER_REQUEST = 250;

export class CdnPurger {
  constructor(private readonly opts: CdnPurgeOptions) {}

  async purgeAll(paths: string[]): Promise<PurgeResult[]> {
    const unique = [...new Set(paths.map((p) => (p.startsWith('/') ? p : `/${p}`)))];
    const results: PurgeResult[] = [];
    for (let i = 0; i < unique.length; i += MAX_PATHS_PER_REQUEST) {
      results.push(await this.purge(unique.slice(i, i + MAX_PATHS_PER_REQUEST)));
    }
    return results;
  }

  purge(paths: string[], attempt = 1): Promise<PurgeResult> {
    const payload = JSON.stringify({ files: paths });
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.opts.apiHost,
          path: `/v2/zones/${encodeURIComponent(this.opts.zoneId)}/purge`,
          method: 'POST',
          headers: {
            authorization: `Bearer ${this.opts.apiToken}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');

            if (status >= 200 && status < 300) {
              try {
                const body = JSON.parse(text) as { id: string; estimated_seconds?: number };
                resolve({ purgeId: body.id, estimatedSeconds: body.estimated_seconds ?? 5, paths });
              } catch (err) {
                reject(err);
              }
            } else if (status === 429 && attempt < 5) {
              const retryAfter = Number(res.headers['retry-after']) || 2 ** attempt;
              setTimeout(() => this.purge(paths, attempt + 1), retryAfter * 1000);
            } else {
              reject(new Error(`purge of ${paths.length} paths failed with ${status}: ${text.slice(0, 200)}`));
            }
          });
        },
      );

      req.setTimeout(this.opts.requestTimeoutMs ?? 10_000, () => {
        req.destroy(new Error(`purge request timed out after ${this.opts.requestTimeoutMs ?? 10_000}ms`));
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
}
