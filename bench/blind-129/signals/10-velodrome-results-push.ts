// expect: require-signal-propagation
// The retry backoff awaits the timers/promises setTimeout without the caller's signal, so aborting the publisher mid-backoff still waits out the full delay.
import { setTimeout as delay } from 'node:timers/promises';

export interface HeatResult {
  heatId: string;
  event: 'sprint' | 'keirin' | 'pursuit' | 'omnium';
  placings: Array<{ riderId: string; place: number; timeMs?: number }>;
}

export interface PublishOptions {
  signal?: AbortSignal;
  retries?: number;
  backoffMs?: number;
}

export class ScoreboardPublisher {
  private published = 0;

  constructor(
    private readonly scoreboardUrl: string,
    private readonly federationUrl: string,
  ) {}

  private async post(url: string, result: HeatResult, signal?: AbortSignal): Promise<void> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(result),
      signal,
    });
    if (res.status >= 500 || res.status === 429) {
      throw new Error(`transient ${res.status} from ${new URL(url).host}`);
    }
    if (!res.ok) {
      const err = new Error(`rejected ${res.status} from ${new URL(url).host}`);
      err.name = 'PermanentPublishError';
      throw err;
    }
  }

  async publish(result: HeatResult, options: PublishOptions = {}): Promise<void> {
    const { signal, retries = 5, backoffMs = 250 } = options;
    const targets = [this.scoreboardUrl, this.federationUrl];

    for (const target of targets) {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.post(target, result, signal);
          break;
        } catch (err) {
          const e = err as Error;
          if (e.name === 'AbortError' || e.name === 'PermanentPublishError' || attempt >= retries) throw err;
          await delay(backoffMs * 2 ** attempt + Math.random() * 100);
        }
      }
    }
    this.published += 1;
  }

  get count(): number {
    return this.published;
  }
}
