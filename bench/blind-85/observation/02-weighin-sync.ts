// expect: none
// The interval and signal callbacks are synchronous and each async call they start ends in .catch() or a two-argument .then(), so every started promise has a rejection handler.
export interface WeighIn {
  birdId: string;
  grams: number;
  recordedAt: string;
  handler: string;
}

declare const scaleStore: {
  unsynced(limit: number): Promise<WeighIn[]>;
  markSynced(ids: string[]): Promise<void>;
};
declare const clubApi: {
  upload(entries: WeighIn[]): Promise<{ accepted: string[] }>;
};

export interface SyncOptions {
  everyMs: number;
  batchSize: number;
  onError?: (err: unknown) => void;
}

export class WeighInSync {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<number> | null = null;
  private lastCount = 0;

  constructor(private readonly opts: SyncOptions) {}

  private async syncOnce(): Promise<number> {
    const batch = await scaleStore.unsynced(this.opts.batchSize);
    if (batch.length === 0) return 0;
    const { accepted } = await clubApi.upload(batch);
    await scaleStore.markSynced(accepted);
    return accepted.length;
  }

  /** Runs one sync unless one is already in flight; shared by the timer and manual triggers. */
  trigger(): Promise<number> {
    this.running ??= this.syncOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(): void {
    if (this.timer) return;
    const report = this.opts.onError ?? ((err: unknown) => console.error('[weigh-in sync]', err));
    this.timer = setInterval(() => {
      this.trigger()
        .then((n) => {
          this.lastCount = n;
        })
        .catch(report);
    }, this.opts.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  get lastSynced(): number {
    return this.lastCount;
  }
}

export function runMewsSync(): WeighInSync {
  const sync = new WeighInSync({ everyMs: 60_000, batchSize: 50 });
  sync.start();
  process.once('SIGTERM', () => {
    sync.stop().then(
      () => process.exit(0),
      (err) => {
        console.error('weigh-in sync did not stop cleanly', err);
        process.exit(1);
      },
    );
  });
  return sync;
}
