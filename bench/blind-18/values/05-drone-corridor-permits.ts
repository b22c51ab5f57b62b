// expect: none
// The in-flight map deliberately stores promises; `??` picks between two promises and the result is awaited before use.
interface CorridorPermit {
  corridorId: string;
  operator: string;
  ceilingM: number;
  validUntil: number;
  revoked: boolean;
}

const AVIATION_API = 'https://utm.example-aviation.gov/v2';

export class CorridorPermitCache<K extends string = string> {
  private readonly settled = new Map<K, CorridorPermit>();
  private readonly inflight = new Map<K, Promise<CorridorPermit>>();

  constructor(
    private readonly operator: string,
    private readonly ttlSlackMs = 30_000,
  ) {}

  private async download(corridorId: K, signal?: AbortSignal): Promise<CorridorPermit> {
    const res = await fetch(`${AVIATION_API}/corridors/${encodeURIComponent(corridorId)}/permits/${this.operator}`, {
      signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`permit lookup for ${corridorId} failed: ${res.status}`);
    return (await res.json()) as CorridorPermit;
  }

  private start(corridorId: K, signal?: AbortSignal): Promise<CorridorPermit> {
    const pending = this.download(corridorId, signal)
      .then((permit) => {
        this.settled.set(corridorId, permit);
        return permit;
      })
      .finally(() => this.inflight.delete(corridorId));
    this.inflight.set(corridorId, pending);
    return pending;
  }

  async permitFor(corridorId: K, signal?: AbortSignal): Promise<CorridorPermit> {
    const cached = this.settled.get(corridorId);
    if (cached && cached.validUntil - this.ttlSlackMs > Date.now()) return cached;

    const pending = this.inflight.get(corridorId) ?? this.start(corridorId, signal);
    const permit = await pending;
    if (permit.revoked) {
      this.settled.delete(corridorId);
      throw new Error(`permit for corridor ${corridorId} has been revoked`);
    }
    return permit;
  }

  async canFly(corridorId: K, altitudeM: number): Promise<boolean> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 4_000);
    try {
      const permit = await this.permitFor(corridorId, ac.signal);
      return altitudeM <= permit.ceilingM && permit.validUntil > Date.now();
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  prefetch(corridorIds: readonly K[]): Promise<CorridorPermit[]> {
    const jobs = corridorIds.map((id) => this.inflight.get(id) ?? this.start(id));
    return Promise.all(jobs);
  }
}
