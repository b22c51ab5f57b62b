// expect: none
// The `===` deliberately compares promise identities so a finished request only evicts its own dedupe entry, not a newer one, and the `if (pending)` tests whether an entry exists; callers still get the bed counts only through await.
export interface NightAvailability {
  hutId: string;
  night: string;
  freeBeds: number;
  fetchedAt: number;
}

export interface HutBackend {
  query(hutId: string, night: string): Promise<{ free: number }>;
}

export class AvailabilityClient {
  private readonly inflight = new Map<string, Promise<NightAvailability>>();
  private readonly recent = new Map<string, NightAvailability>();

  constructor(private readonly backend: HutBackend, private readonly freshMs = 30_000) {}

  availability(hutId: string, night: string): Promise<NightAvailability> {
    const key = `${hutId}:${night}`;
    const cached = this.recent.get(key);
    if (cached && Date.now() - cached.fetchedAt < this.freshMs) return Promise.resolve(cached);

    const pending = this.inflight.get(key);
    if (pending) return pending;

    const request: Promise<NightAvailability> = this.load(hutId, night).finally(() => {
      if (this.inflight.get(key) === request) this.inflight.delete(key);
    });
    this.inflight.set(key, request);
    return request;
  }

  invalidate(hutId: string, night: string): void {
    const key = `${hutId}:${night}`;
    this.recent.delete(key);
    this.inflight.delete(key);
  }

  async bedsForRoute(stages: Array<{ hutId: string; night: string }>): Promise<number> {
    const nights = await Promise.all(stages.map((s) => this.availability(s.hutId, s.night)));
    return Math.min(...nights.map((n) => n.freeBeds));
  }

  private async load(hutId: string, night: string): Promise<NightAvailability> {
    const { free } = await this.backend.query(hutId, night);
    const result: NightAvailability = { hutId, night, freeBeds: free, fetchedAt: Date.now() };
    this.recent.set(`${hutId}:${night}`, result);
    return result;
  }
}
