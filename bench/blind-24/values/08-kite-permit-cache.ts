// expect: none
// Correct: in-flight permit promises are cached on purpose; the Map lookups test presence and ?? picks between two promises that callers await.
export interface FlightPermit {
  pilotId: string;
  field: "north-meadow" | "beach" | "harbour-wall";
  maxLineMetres: number;
  validUntil: number;
}

declare const festivalOffice: {
  issuePermit(pilotId: string, field: FlightPermit["field"]): Promise<FlightPermit>;
  revokePermit(pilotId: string): Promise<void>;
};

type Loader<K, V> = (key: K) => Promise<V>;

export class InflightCache<K, V> {
  private readonly settled = new Map<K, { value: V; expiresAt: number }>();
  private readonly pending = new Map<K, Promise<V>>();

  constructor(
    private readonly load: Loader<K, V>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K): Promise<V> {
    const hit = this.settled.get(key);
    if (hit && hit.expiresAt > this.now()) {
      return Promise.resolve(hit.value);
    }
    return this.pending.get(key) ?? this.start(key);
  }

  private start(key: K): Promise<V> {
    const request = this.load(key)
      .then((value) => {
        this.settled.set(key, { value, expiresAt: this.now() + this.ttlMs });
        return value;
      })
      .finally(() => {
        this.pending.delete(key);
      });
    this.pending.set(key, request);
    return request;
  }

  isLoading(key: K): boolean {
    return this.pending.has(key);
  }

  invalidate(key: K): void {
    this.settled.delete(key);
  }
}

export class PermitDesk {
  private readonly permits: InflightCache<string, FlightPermit>;

  constructor(private readonly field: FlightPermit["field"]) {
    this.permits = new InflightCache((pilotId) => festivalOffice.issuePermit(pilotId, field), 15 * 60_000);
  }

  async canLaunch(pilotId: string, lineMetres: number): Promise<boolean> {
    const permit = await this.permits.get(pilotId);
    return permit.validUntil > Date.now() && lineMetres <= permit.maxLineMetres;
  }

  async revoke(pilotId: string): Promise<void> {
    const inFlight = this.permits.isLoading(pilotId) ? this.permits.get(pilotId) : undefined;
    if (inFlight) {
      await inFlight.catch(() => undefined);
    }
    this.permits.invalidate(pilotId);
    await festivalOffice.revokePermit(pilotId);
  }
}
