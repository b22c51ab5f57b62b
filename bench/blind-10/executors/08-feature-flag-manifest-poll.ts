// expect: no-multiple-settle
// On a 304 Not Modified the response callback drains the body and returns without resolving (the `?? this.current` fallback expects null), so from the second poll on refresh() never settles and the poller silently stops.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FlagManifest {
  version: number;
  flags: Record<string, { enabled: boolean; rollout?: number }>;
}

interface CachedManifest {
  etag: string | undefined;
  manifest: FlagManifest;
  fetchedAt: number;
}

export class FlagManifestPoller {
  private current: CachedManifest | null = null;
  private stopped = false;

  constructor(
    private readonly endpoint: string,
    private readonly onChange: (m: FlagManifest) => void,
    private readonly intervalMs = 30_000,
  ) {}

  private fetchIfChanged(): Promise<CachedManifest | null> {
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
    if (this.current?.etag) headers['if-none-match'] = this.current.etag;

    return new Promise<CachedManifest | null>((resolve, reject) => {
      const req = http.get(this.endpoint, { headers, timeout: 10_000 }, (res) => {
        if (res.statusCode === 304) {
          res.resume();
          if (this.current) this.current.fetchedAt = Date.now();
          return;
        }
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`flag manifest: HTTP ${res.statusCode}`));
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const manifest = JSON.parse(body) as FlagManifest;
            resolve({ etag: res.headers.etag, manifest, fetchedAt: Date.now() });
          } catch (err) {
            reject(err);
          }
        });
      });
      req.on('timeout', () => req.destroy(new Error('flag manifest request timed out')));
      req.on('error', reject);
    });
  }

  async refresh(): Promise<FlagManifest | undefined> {
    const fresh = await this.fetchIfChanged();
    if (fresh && fresh.manifest.version !== this.current?.manifest.version) {
      this.current = fresh;
      this.onChange(fresh.manifest);
    }
    return (fresh ?? this.current)?.manifest;
  }

  async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.refresh();
      } catch (err) {
        console.error('[flags] refresh failed, keeping last manifest:', err);
      }
      await sleep(this.intervalMs);
    }
  }

  stop(): void {
    this.stopped = true;
  }
}
