// expect: no-multiple-settle
// On a 304 Not Modified reply the response callback drains the body and returns without resolving, so every refresh after the first successful one hangs forever and flag updates stop.
import { get } from 'node:https';

export interface FlagManifest {
  version: number;
  flags: Record<string, boolean | number | string>;
}

interface CachedManifest {
  etag: string;
  manifest: FlagManifest;
  fetchedAt: number;
}

declare const log: {
  debug(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
};

export class FlagManifestClient {
  private cached: CachedManifest | null = null;

  constructor(
    private readonly url: string,
    private readonly timeoutMs = 5_000,
  ) {}

  refresh(): Promise<FlagManifest> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (this.cached) headers['if-none-match'] = this.cached.etag;

      const req = get(this.url, { headers, timeout: this.timeoutMs }, (res) => {
        if (res.statusCode === 304 && this.cached) {
          res.resume();
          this.cached.fetchedAt = Date.now();
          log.debug('flag manifest unchanged', { etag: this.cached.etag });
          return;
        }
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`flag manifest: HTTP ${res.statusCode} from ${this.url}`));
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('error', reject);
        res.on('end', () => {
          try {
            const manifest = JSON.parse(body) as FlagManifest;
            this.cached = { etag: String(res.headers.etag ?? ''), manifest, fetchedAt: Date.now() };
            resolve(manifest);
          } catch (err) {
            reject(err);
          }
        });
      });
      req.on('timeout', () => req.destroy(new Error(`flag manifest: no response within ${this.timeoutMs}ms`)));
      req.on('error', reject);
    });
  }

  flag<T extends boolean | number | string>(name: string, fallback: T): T {
    const value = this.cached?.manifest.flags[name];
    if (value === undefined || typeof value !== typeof fallback) return fallback;
    return value as T;
  }

  get staleForMs(): number {
    return this.cached ? Date.now() - this.cached.fetchedAt : Infinity;
  }
}
