// expect: none
// `etag` and `status` are assigned inside the .then callback, but they are only read after `await` on that same chain, by which time the callback has run.
declare const log: { info(msg: string, meta?: object): void; error(msg: string, meta?: object): void };

export interface RemoteConfig {
  rateLimitPerMinute: number;
  maintenanceMode: boolean;
  allowedOrigins: string[];
}

interface Snapshot {
  config: RemoteConfig;
  etag: string | null;
  fetchedAt: number;
}

export class RemoteConfigLoader {
  private snapshot: Snapshot | null = null;

  constructor(
    private readonly url: string,
    private readonly fallback: RemoteConfig,
  ) {}

  current(): RemoteConfig {
    return this.snapshot?.config ?? this.fallback;
  }

  async refresh(signal?: AbortSignal): Promise<RemoteConfig> {
    let etag: string | null = null;
    let status = 0;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.snapshot?.etag) headers['if-none-match'] = this.snapshot.etag;

    const body = await fetch(this.url, { headers, signal }).then(async (res) => {
      status = res.status;
      etag = res.headers.get('etag');
      if (res.status === 304) return null;
      if (!res.ok) throw new Error(`config fetch failed: ${res.status} ${res.statusText}`);
      return (await res.json()) as Partial<RemoteConfig>;
    });

    if (status === 304 && this.snapshot) {
      this.snapshot = { ...this.snapshot, fetchedAt: Date.now() };
      log.info('remote config unchanged', { etag: this.snapshot.etag });
      return this.snapshot.config;
    }
    if (body === null) {
      log.error('304 received without a cached snapshot', { url: this.url });
      return this.current();
    }

    const config: RemoteConfig = {
      rateLimitPerMinute: body.rateLimitPerMinute ?? this.fallback.rateLimitPerMinute,
      maintenanceMode: body.maintenanceMode ?? false,
      allowedOrigins: body.allowedOrigins ?? this.fallback.allowedOrigins,
    };
    this.snapshot = { config, etag, fetchedAt: Date.now() };
    log.info('remote config updated', { etag, status });
    return config;
  }
}
