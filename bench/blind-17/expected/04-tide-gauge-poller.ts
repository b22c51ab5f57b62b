// expect: none
// Each poll and each retry calls gauge.read() again, so every attempt is a fresh request rather than a re-await of an old promise.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface TideReading {
  stationId: string;
  observedAt: string;
  waterLevelM: number;
  quality: 'good' | 'suspect' | 'missing';
}

declare const gauge: {
  read(stationId: string, opts: { signal: AbortSignal }): Promise<TideReading>;
};

export interface PollerOptions {
  intervalMs: number;
  attemptsPerPoll: number;
  requestTimeoutMs: number;
}

export class TideGaugePoller extends EventEmitter {
  private controller?: AbortController;

  constructor(
    private readonly stationIds: string[],
    private readonly opts: PollerOptions = { intervalMs: 60_000, attemptsPerPoll: 3, requestTimeoutMs: 10_000 },
  ) {
    super();
  }

  start(): void {
    if (this.controller) return;
    this.controller = new AbortController();
    void this.loop(this.controller.signal).catch((err) => {
      if (!this.controller?.signal.aborted) this.emit('error', err);
    });
  }

  stop(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  private async loop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const results = await Promise.allSettled(this.stationIds.map((id) => this.readWithRetry(id, signal)));
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') this.emit('reading', result.value);
        else this.emit('stationDown', this.stationIds[i], result.reason);
      });
      await sleep(this.opts.intervalMs, undefined, { signal });
    }
  }

  private async readWithRetry(stationId: string, signal: AbortSignal): Promise<TideReading> {
    let lastError: unknown;
    for (let attempt = 0; attempt < this.opts.attemptsPerPoll; attempt++) {
      const perRequest = AbortSignal.any([signal, AbortSignal.timeout(this.opts.requestTimeoutMs)]);
      try {
        const reading = await gauge.read(stationId, { signal: perRequest });
        if (reading.quality !== 'missing') return reading;
        lastError = new Error(`station ${stationId} returned no data`);
      } catch (err) {
        if (signal.aborted) throw err;
        lastError = err;
      }
      await sleep(500 * 2 ** attempt, undefined, { signal });
    }
    throw lastError;
  }
}
