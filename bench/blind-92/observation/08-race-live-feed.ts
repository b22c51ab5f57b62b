// expect: none
// The interval and click callbacks are synchronous and each refresh() promise is ended with .catch(this.showError), so no promise is left without a handler.
export interface HeatResult {
  heat: number;
  lane: number;
  runner: string;
  placed: number | null; // null until the marshal confirms
  injured: boolean;
}

export interface FeedOptions {
  endpoint: string;
  pollMs?: number;
  onUpdate: (results: HeatResult[]) => void;
}

/**
 * Browser widget on the festival site showing results from Cooper's Hill
 * as marshals phone them in. Polls because the venue has no stable socket.
 */
export class LiveFeed {
  private timer: ReturnType<typeof setInterval> | undefined;
  private etag: string | null = null;
  private inFlight = false;

  constructor(
    private readonly opts: FeedOptions,
    private readonly status: HTMLElement,
    refreshButton: HTMLButtonElement,
  ) {
    refreshButton.addEventListener('click', () => {
      this.refresh().catch(this.showError);
    });
  }

  start(): void {
    if (this.timer) return;
    this.refresh().catch(this.showError);
    this.timer = setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      this.refresh().catch(this.showError);
    }, this.opts.pollMs ?? 10_000);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async refresh(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      const res = await fetch(this.opts.endpoint, {
        headers: this.etag ? { 'if-none-match': this.etag } : {},
        cache: 'no-store',
      });
      if (res.status === 304) return;
      if (!res.ok) throw new Error(`results feed answered ${res.status}`);
      this.etag = res.headers.get('etag');
      const results = (await res.json()) as HeatResult[];
      this.opts.onUpdate(results.filter((r) => r.placed !== null || r.injured));
      this.status.textContent = `Updated ${new Date().toLocaleTimeString()}`;
      this.status.classList.remove('stale');
    } finally {
      this.inFlight = false;
    }
  }

  private readonly showError = (err: unknown): void => {
    this.status.textContent = err instanceof Error ? err.message : 'Feed unavailable';
    this.status.classList.add('stale');
  };
}
