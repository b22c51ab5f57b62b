// expect: no-uncalled-async-function
// shutdown() awaits the flush method reference instead of calling it, so no final POST is sent and the buffered events are then cleared and lost when the page is hidden.
interface AnalyticsEvent {
  name: string;
  ts: number;
  props: Record<string, string | number | boolean>;
}

export class EventBatcher {
  private buffer: AnalyticsEvent[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly endpoint: string,
    private readonly maxBatch = 50,
    intervalMs = 10_000,
  ) {
    this.timer = setInterval(() => {
      this.flush().catch((err) => console.warn('[analytics] periodic flush failed', err));
    }, intervalMs);
  }

  track(name: string, props: AnalyticsEvent['props'] = {}): void {
    this.buffer.push({ name, ts: Date.now(), props });
    if (this.buffer.length >= this.maxBatch) {
      this.flush().catch((err) => console.warn('[analytics] flush failed', err));
    }
  }

  async flush(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.buffer.length === 0) return;
    const batch = this.buffer.splice(0, this.buffer.length);
    this.inFlight = (async () => {
      try {
        const res = await fetch(this.endpoint, {
          method: 'POST',
          keepalive: true,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ events: batch, sentAt: Date.now() }),
        });
        if (!res.ok) throw new Error(`analytics endpoint returned ${res.status}`);
      } catch (err) {
        this.buffer.unshift(...batch);
        throw err;
      } finally {
        this.inFlight = null;
      }
    })();
    return this.inFlight;
  }

  async shutdown(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    try {
      await this.flush;
    } finally {
      this.buffer = [];
    }
  }
}

export function installAnalytics(endpoint: string): EventBatcher {
  const batcher = new EventBatcher(endpoint);
  window.addEventListener('pagehide', () => {
    batcher.shutdown().catch((err) => console.warn('[analytics] final flush failed', err));
  });
  return batcher;
}
