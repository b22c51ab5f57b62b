// expect: none
// The only promise tested with ??= and truthiness is an optional in-flight field used for request coalescing; every value shown or compared is awaited first.
export interface TagFix {
  tagId: string;
  lat: number;
  lon: number;
  fixAt: number;
  hauledOut: boolean;
}

declare const satelliteApi: {
  fixesSince(colony: string, sinceMs: number): Promise<TagFix[]>;
};

declare const rangerRadio: {
  broadcast(channel: number, text: string): Promise<void>;
};

const STALE_AFTER_MS = 2 * 60_000;

export class ColonyFixCache {
  private fixes: TagFix[] = [];
  private fetchedAt = 0;
  private inflight?: Promise<TagFix[]>;

  constructor(private readonly colony: string) {}

  isRefreshing(): boolean {
    return this.inflight !== undefined;
  }

  latest(): Promise<TagFix[]> {
    if (Date.now() - this.fetchedAt < STALE_AFTER_MS) {
      return Promise.resolve(this.fixes);
    }
    this.inflight ??= this.load().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async load(): Promise<TagFix[]> {
    const since = this.fetchedAt || Date.now() - 24 * 60 * 60_000;
    const fresh = await satelliteApi.fixesSince(this.colony, since);
    const byTag = new Map(this.fixes.map((f) => [f.tagId, f]));
    for (const fix of fresh) {
      const known = byTag.get(fix.tagId);
      if (!known || known.fixAt < fix.fixAt) byTag.set(fix.tagId, fix);
    }
    this.fixes = [...byTag.values()];
    this.fetchedAt = Date.now();
    return this.fixes;
  }

  async hauledOutCount(): Promise<number> {
    const fixes = await this.latest();
    return fixes.filter((f) => f.hauledOut).length;
  }
}

export async function announceHaulOut(cache: ColonyFixCache, colony: string, channel: number): Promise<string> {
  const [fixes, hauledOut] = await Promise.all([cache.latest(), cache.hauledOutCount()]);
  const inWater = fixes.length - hauledOut;
  const newest = fixes.reduce((max, f) => Math.max(max, f.fixAt), 0);
  const age = newest === 0 ? 'no fixes yet' : `${Math.round((Date.now() - newest) / 60_000)} min old`;
  const text = `${colony}: ${hauledOut} seals hauled out, ${inWater} in the water (${age})`;
  await rangerRadio.broadcast(channel, text);
  return text;
}
