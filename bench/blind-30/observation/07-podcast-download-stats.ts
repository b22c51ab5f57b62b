// expect: none
// The timer callback is synchronous and keeps the flush chain with .catch and .finally attached, and stop() awaits it, so no rejection is dropped.
export interface DownloadHit {
  episodeId: string;
  userAgent: string;
  ipHash: string;
  bytesServed: number;
  at: number;
}

interface CountedDownload {
  episodeId: string;
  app: string;
  day: string;
  count: number;
}

declare const statsSink: {
  upsertCounts(rows: CountedDownload[]): Promise<void>;
};

declare const logger: { warn(msg: string, meta?: object): void };

const MIN_BYTES_FOR_DOWNLOAD = 1_000_000;
const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;

function appFromUserAgent(ua: string): string {
  if (/AppleCoreMedia|Podcasts\//.test(ua)) return 'apple';
  if (/Spotify/.test(ua)) return 'spotify';
  if (/Overcast/.test(ua)) return 'overcast';
  if (/PocketCasts/.test(ua)) return 'pocketcasts';
  return 'other';
}

export class DownloadCounter {
  private counts = new Map<string, CountedDownload>();
  private seen = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | null = null;

  constructor(private readonly flushEveryMs = 60_000) {}

  record(hit: DownloadHit): void {
    if (hit.bytesServed < MIN_BYTES_FOR_DOWNLOAD) return;
    const dedupeKey = `${hit.episodeId}:${hit.ipHash}:${hit.userAgent}`;
    const last = this.seen.get(dedupeKey);
    if (last !== undefined && hit.at - last < DEDUPE_WINDOW_MS) return;
    this.seen.set(dedupeKey, hit.at);

    const app = appFromUserAgent(hit.userAgent);
    const day = new Date(hit.at).toISOString().slice(0, 10);
    const key = `${hit.episodeId}|${app}|${day}`;
    const row = this.counts.get(key) ?? { episodeId: hit.episodeId, app, day, count: 0 };
    row.count += 1;
    this.counts.set(key, row);
  }

  start(): void {
    this.timer = setInterval(() => {
      if (this.flushing) return;
      this.flushing = this.flush()
        .catch((err: unknown) => logger.warn('download stats flush failed; will retry', { err }))
        .finally(() => {
          this.flushing = null;
        });
    }, this.flushEveryMs);
    this.timer.unref();
  }

  private async flush(): Promise<void> {
    if (this.counts.size === 0) return;
    const batch = [...this.counts.values()];
    this.counts = new Map();
    try {
      await statsSink.upsertCounts(batch);
    } catch (err) {
      for (const row of batch) {
        const key = `${row.episodeId}|${row.app}|${row.day}`;
        const current = this.counts.get(key);
        this.counts.set(key, { ...row, count: row.count + (current?.count ?? 0) });
      }
      throw err;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flushing;
    await this.flush();
  }
}
