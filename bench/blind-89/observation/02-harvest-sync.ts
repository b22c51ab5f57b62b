// expect: none
// Correct: the interval callback is synchronous and every promise it starts has a .catch attached, and stop() awaits the in-flight flush.
export interface HarvestTally {
  lease: string;
  bagCount: number;
  grade: 'A' | 'B' | 'petite';
  countedAt: string;
}

declare const localQueue: {
  drain(max: number): HarvestTally[];
  requeue(items: HarvestTally[]): void;
  size(): number;
};

declare const shellfishRegistry: {
  submitTallies(items: HarvestTally[]): Promise<{ accepted: number }>;
};

export class HarvestSync {
  #timer: NodeJS.Timeout | undefined;
  #inFlight: Promise<void> | null = null;
  #failures = 0;

  constructor(private readonly intervalMs = 30_000, private readonly batchSize = 200) {}

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      if (this.#inFlight) return; // previous flush still running on a slow boat uplink
      this.#inFlight = this.flush()
        .catch((err: unknown) => {
          this.#failures += 1;
          console.warn(`harvest sync failed (${this.#failures} in a row)`, err);
        })
        .finally(() => {
          this.#inFlight = null;
        });
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#inFlight;
    if (localQueue.size() > 0) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    const batch = localQueue.drain(this.batchSize);
    if (batch.length === 0) return;
    try {
      const { accepted } = await shellfishRegistry.submitTallies(batch);
      if (accepted < batch.length) {
        localQueue.requeue(batch.slice(accepted));
      }
      this.#failures = 0;
    } catch (err) {
      localQueue.requeue(batch);
      throw err;
    }
  }

  get consecutiveFailures(): number {
    return this.#failures;
  }
}
