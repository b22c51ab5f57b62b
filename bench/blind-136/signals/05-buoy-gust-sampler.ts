// expect: no-leaked-race
// The deadline timer raced against each gust request is never cleared, so after a fast reply it still fires later, aborting a finished controller and rejecting the losing promise.
export interface GustSample {
  buoyId: string;
  peakKnots: number;
  meanKnots: number;
  windowSeconds: number;
}

export interface BuoyTelemetryClient {
  latestGust(buoyId: string, opts: { signal: AbortSignal }): Promise<GustSample>;
}

export class BuoyTimeoutError extends Error {
  constructor(readonly buoyId: string, readonly ms: number) {
    super(`buoy ${buoyId} did not report a gust sample within ${ms}ms`);
    this.name = 'BuoyTimeoutError';
  }
}

export interface SpotConditions {
  spot: string;
  samples: GustSample[];
  silentBuoys: string[];
  gustiness: number;
}

export class GustSampler {
  constructor(
    private readonly client: BuoyTelemetryClient,
    private readonly timeoutMs = 2_500,
  ) {}

  private async sampleOne(buoyId: string): Promise<GustSample> {
    const controller = new AbortController();
    const deadline = new Promise<never>((_, reject) => {
      setTimeout(() => {
        controller.abort();
        reject(new BuoyTimeoutError(buoyId, this.timeoutMs));
      }, this.timeoutMs);
    });
    return Promise.race([
      this.client.latestGust(buoyId, { signal: controller.signal }),
      deadline,
    ]);
  }

  async conditionsAt(spot: string, buoyIds: string[]): Promise<SpotConditions> {
    const samples: GustSample[] = [];
    const silentBuoys: string[] = [];
    for (const id of buoyIds) {
      try {
        samples.push(await this.sampleOne(id));
      } catch (err) {
        if (err instanceof BuoyTimeoutError) {
          silentBuoys.push(id);
          continue;
        }
        throw err;
      }
    }
    const gustiness =
      samples.length === 0
        ? 0
        : samples.reduce((acc, s) => acc + (s.peakKnots - s.meanKnots) / Math.max(s.meanKnots, 1), 0) /
          samples.length;
    return { spot, samples, silentBuoys, gustiness: Math.round(gustiness * 100) / 100 };
  }

  static verdict(c: SpotConditions): 'go' | 'marginal' | 'no-go' {
    if (c.samples.length === 0) return 'no-go';
    const maxPeak = Math.max(...c.samples.map((s) => s.peakKnots));
    if (maxPeak > 35 || c.gustiness > 0.6) return 'no-go';
    return c.gustiness > 0.35 ? 'marginal' : 'go';
  }
}
