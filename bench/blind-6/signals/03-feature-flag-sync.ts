// expect: require-signal-propagation
// The wait between polls (up to a minute of back-off during an outage) is an uncancellable sleep while the caller's signal is in hand, so stopping the agent blocks until the sleep ends before the loop notices.
import { setTimeout as delay } from 'node:timers/promises';

export interface FlagSnapshot {
  version: number;
  flags: Record<string, boolean | string | number>;
}

declare const flagApi: {
  fetchSnapshot(env: string, opts: { sinceVersion?: number; signal?: AbortSignal }): Promise<FlagSnapshot | null>;
};

export class FlagSyncAgent {
  private snapshot: FlagSnapshot = { version: 0, flags: {} };
  private failures = 0;

  constructor(
    private readonly env: string,
    private readonly onUpdate: (s: FlagSnapshot) => void,
    private readonly pollMs = 15_000,
  ) {}

  get current(): FlagSnapshot {
    return this.snapshot;
  }

  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const next = await flagApi.fetchSnapshot(this.env, { sinceVersion: this.snapshot.version, signal });
        this.failures = 0;
        if (next && next.version > this.snapshot.version) {
          this.snapshot = next;
          this.onUpdate(next);
        }
      } catch (err) {
        if (signal.aborted) break;
        this.failures++;
        console.warn(`[flags] sync failed (${this.failures} in a row): ${(err as Error).message}`);
      }

      const wait = this.failures === 0 ? this.pollMs : Math.min(60_000, 1_000 * 2 ** this.failures);
      await delay(wait);
    }
    console.info(`[flags] agent for ${this.env} stopped at version ${this.snapshot.version}`);
  }
}
