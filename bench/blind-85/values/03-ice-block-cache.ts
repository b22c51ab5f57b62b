// expect: none
// The in-flight map stores promises on purpose, and `if (existing)` tests whether a promise is there, not what it resolves to; callers await whatever get() returns before using it.
export interface IceBlockSpec {
  blockId: string;
  riverSection: string;
  widthCm: number;
  heightCm: number;
  depthCm: number;
  clarity: 'crystal' | 'snow-ice' | 'white';
  harvestedOn: string;
}

declare const harvestRegistry: {
  lookup(blockId: string): Promise<IceBlockSpec | null>;
};

interface CacheEntry {
  spec: IceBlockSpec;
  storedAt: number;
}

export class IceBlockCache {
  private readonly settled = new Map<string, CacheEntry>();
  private readonly inflight = new Map<string, Promise<IceBlockSpec | null>>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  get(blockId: string): Promise<IceBlockSpec | null> {
    const hit = this.settled.get(blockId);
    if (hit && Date.now() - hit.storedAt < this.ttlMs) {
      return Promise.resolve(hit.spec);
    }

    const existing = this.inflight.get(blockId);
    if (existing) return existing;

    const pending = harvestRegistry
      .lookup(blockId)
      .then((spec) => {
        if (spec) this.settled.set(blockId, { spec, storedAt: Date.now() });
        return spec;
      })
      .finally(() => {
        this.inflight.delete(blockId);
      });
    this.inflight.set(blockId, pending);
    return pending;
  }

  isLoading(blockId: string): boolean {
    return this.inflight.has(blockId);
  }

  invalidate(blockId: string): void {
    this.settled.delete(blockId);
  }
}

export interface SuiteWall {
  suite: string;
  blockIds: string[];
}

export async function planWall(cache: IceBlockCache, wall: SuiteWall): Promise<{ areaM2: number; missing: string[] }> {
  const specs = await Promise.all(wall.blockIds.map((id) => cache.get(id)));
  let areaCm2 = 0;
  const missing: string[] = [];
  specs.forEach((spec, i) => {
    if (!spec) {
      missing.push(wall.blockIds[i]);
      return;
    }
    areaCm2 += spec.widthCm * spec.heightCm;
  });
  return { areaM2: +(areaCm2 / 10_000).toFixed(2), missing };
}

export async function describeBlock(cache: IceBlockCache, blockId: string): Promise<string> {
  const spec = await cache.get(blockId);
  return spec
    ? `${spec.blockId}: ${spec.widthCm}x${spec.heightCm}x${spec.depthCm} cm ${spec.clarity} from ${spec.riverSection}`
    : `${blockId}: not in harvest registry`;
}
