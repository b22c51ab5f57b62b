// expect: none
// The ?? picks between two promises (a cached in-flight render or a new one), never a promise and a value, and the returned promise is the one the cache holds.
export interface PlateRegion {
  plateId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Raster {
  key: string;
  widthPx: number;
  heightPx: number;
  data: Uint8Array;
}

declare const engraver: {
  rasterize(region: PlateRegion, dpi: number): Promise<Raster>;
};

declare const cacheMetrics: {
  hit(kind: 'memory' | 'inflight'): void;
  miss(): void;
};

function regionKey(region: PlateRegion, dpi: number): string {
  return `${region.plateId}@${region.x},${region.y}+${region.width}x${region.height}/${dpi}`;
}

export class PlateRenderCache {
  private readonly inflight = new Map<string, Promise<Raster>>();
  private readonly done = new Map<string, Raster>();
  private readonly order: string[] = [];

  constructor(private readonly capacity = 64) {}

  render(region: PlateRegion, dpi = 600): Promise<Raster> {
    const key = regionKey(region, dpi);
    const cached = this.done.get(key);
    if (cached) {
      cacheMetrics.hit('memory');
      return Promise.resolve(cached);
    }
    if (this.inflight.has(key)) cacheMetrics.hit('inflight');
    return this.inflight.get(key) ?? this.start(key, region, dpi);
  }

  private start(key: string, region: PlateRegion, dpi: number): Promise<Raster> {
    cacheMetrics.miss();
    const pending = engraver
      .rasterize(region, dpi)
      .then((raster) => {
        this.remember(key, raster);
        return raster;
      })
      .finally(() => {
        this.inflight.delete(key);
      });
    this.inflight.set(key, pending);
    return pending;
  }

  private remember(key: string, raster: Raster): void {
    this.done.set(key, raster);
    this.order.push(key);
    while (this.order.length > this.capacity) {
      const evicted = this.order.shift();
      if (evicted !== undefined) this.done.delete(evicted);
    }
  }

  async renderSheet(regions: PlateRegion[], dpi = 600): Promise<number> {
    const rasters = await Promise.all(regions.map((r) => this.render(r, dpi)));
    return rasters.reduce((bytes, r) => bytes + r.data.byteLength, 0);
  }

  get size(): number {
    return this.done.size;
  }
}
