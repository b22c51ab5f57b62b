// expect: none
// Correct: the `??` and the Map hold in-flight promises on purpose (request de-duplication); both sides are promises and every consumer awaits the result.
export interface HandlerProfile {
  id: string;
  name: string;
  region: string;
  dogs: { name: string; regNo: string; born: number }[];
  nationalRank: number | null;
}

declare const registry: {
  handler(id: string): Promise<HandlerProfile>;
};

export class HandlerDirectory {
  private readonly inflight = new Map<string, Promise<HandlerProfile>>();
  private readonly resolved = new Map<string, { profile: HandlerProfile; at: number }>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  get(id: string): Promise<HandlerProfile> {
    const hit = this.resolved.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return Promise.resolve(hit.profile);

    const pending = this.inflight.get(id) ?? this.load(id);
    return pending;
  }

  private load(id: string): Promise<HandlerProfile> {
    const p = registry
      .handler(id)
      .then((profile) => {
        this.resolved.set(id, { profile, at: Date.now() });
        return profile;
      })
      .finally(() => this.inflight.delete(id));
    this.inflight.set(id, p);
    return p;
  }

  async many(ids: string[]): Promise<HandlerProfile[]> {
    return Promise.all([...new Set(ids)].map((id) => this.get(id)));
  }
}

export interface DrawEntry {
  order: number;
  handlerId: string;
  dogRegNo: string;
}

export async function printRunningOrder(dir: HandlerDirectory, draw: DrawEntry[]): Promise<string> {
  const profiles = await dir.many(draw.map((d) => d.handlerId));
  const byId = new Map(profiles.map((p) => [p.id, p]));
  return draw
    .sort((a, b) => a.order - b.order)
    .map((d) => {
      const h = byId.get(d.handlerId);
      const dog = h?.dogs.find((x) => x.regNo === d.dogRegNo);
      const rank = h?.nationalRank ? ` (#${h.nationalRank})` : '';
      return `${String(d.order).padStart(3)}  ${h?.name ?? d.handlerId}${rank} — ${dog?.name ?? d.dogRegNo}`;
    })
    .join('\n');
}
