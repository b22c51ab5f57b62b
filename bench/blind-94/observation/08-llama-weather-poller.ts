// expect: none
// The interval callback is synchronous; it starts refresh() only when none is in flight and attaches .catch and .finally, so every promise it starts is handled.
interface TrailConditions {
  trailId: string;
  windKph: number;
  snowLine: number;
  advisory?: string;
}

declare const mountainService: { conditions(trailIds: string[]): Promise<TrailConditions[]> };
declare const bookings: { suspendTrail(trailId: string, reason: string): Promise<void> };

export class TrailWeatherPoller {
  private timer: ReturnType<typeof setInterval> | undefined;
  private inFlight: Promise<void> | undefined;
  private latest = new Map<string, TrailConditions>();

  constructor(private readonly trailIds: string[], private readonly everyMs = 15 * 60_000) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.inFlight) return;
      this.inFlight = this.refresh()
        .catch((err: unknown) => {
          console.error('trail weather refresh failed', err);
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }, this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  conditionsFor(trailId: string): TrailConditions | undefined {
    return this.latest.get(trailId);
  }

  private async refresh(): Promise<void> {
    const conditions = await mountainService.conditions(this.trailIds);
    for (const c of conditions) {
      const previous = this.latest.get(c.trailId);
      this.latest.set(c.trailId, c);
      const unsafe = c.windKph > 70 || c.advisory === 'avalanche';
      const wasUnsafe = previous && (previous.windKph > 70 || previous.advisory === 'avalanche');
      if (unsafe && !wasUnsafe) {
        await bookings.suspendTrail(c.trailId, c.advisory ?? `wind ${c.windKph} km/h`);
      }
    }
  }
}
