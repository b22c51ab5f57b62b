// expect: no-uncalled-async-function
// stop() awaits the flushPending method itself rather than calling it, so arrivals queued since the last tick are never uploaded before the link is closed.
export interface QueuedArrival {
  ringNumber: string;
  loftId: string;
  clockedAt: string;
}

interface FederationLink {
  upload(batch: QueuedArrival[]): Promise<{ accepted: number }>;
  close(): Promise<void>;
}

export class LoftClockUplink {
  private readonly queue: QueuedArrival[] = [];
  private readonly errors: Error[] = [];
  private inFlight: Promise<void> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private uploaded = 0;

  constructor(
    private readonly link: FederationLink,
    private readonly batchSize = 25,
  ) {}

  start(intervalMs = 10_000): void {
    this.ticker = setInterval(() => this.scheduleFlush(), intervalMs);
  }

  record(arrival: QueuedArrival): void {
    this.queue.push(arrival);
    if (this.queue.length >= this.batchSize) this.scheduleFlush();
  }

  get stats(): { queued: number; uploaded: number; errors: number } {
    return { queued: this.queue.length, uploaded: this.uploaded, errors: this.errors.length };
  }

  async stop(): Promise<void> {
    clearInterval(this.ticker);
    await this.inFlight;
    await this.flushPending;
    await this.link.close();
  }

  private scheduleFlush(): void {
    if (this.inFlight) return;
    this.inFlight = this.flushPending()
      .catch((err: unknown) => {
        this.errors.push(err instanceof Error ? err : new Error(String(err)));
      })
      .finally(() => {
        this.inFlight = undefined;
      });
  }

  private async flushPending(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.batchSize);
      const { accepted } = await this.link.upload(batch);
      this.queue.splice(0, batch.length);
      this.uploaded += accepted;
      if (accepted < batch.length) {
        throw new Error(`federation rejected ${batch.length - accepted} of ${batch.length} arrivals`);
      }
    }
  }
}

export function arrivalsPerLoft(arrivals: QueuedArrival[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of arrivals) counts[a.loftId] = (counts[a.loftId] ?? 0) + 1;
  return counts;
}
