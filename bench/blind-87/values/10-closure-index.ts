// expect: no-read-before-settle
// refresh() sets this.closures inside .then() and calls rebuildIndex() synchronously right after, so the index is always built from the previous (initially empty) closure list.
export interface Closure {
  segment: string;
  fromKm: number;
  toKm: number;
  reason: 'thin-ice' | 'pressure-ridge' | 'open-water' | 'flooding' | 'maintenance';
  since: string;
}

export interface RouteSegment {
  id: string;
  road: string;
  startKm: number;
  endKm: number;
}

declare const roadAuthority: { currentClosures(road: string): Promise<Closure[]> };

export class ClosureIndex {
  private closures: Closure[] = [];
  private bySegment = new Map<string, Closure[]>();
  private refreshedAt: Date | null = null;

  constructor(
    private readonly road: string,
    private readonly segments: RouteSegment[],
  ) {}

  refresh(): void {
    roadAuthority.currentClosures(this.road).then(
      (closures) => {
        this.closures = closures;
        this.refreshedAt = new Date();
      },
      (err) => console.error(`[closures] refresh for ${this.road} failed`, err),
    );
    this.rebuildIndex();
  }

  private rebuildIndex(): void {
    const index = new Map<string, Closure[]>();
    for (const seg of this.segments) {
      const hits = this.closures.filter(
        (c) => c.segment === seg.id || (c.fromKm < seg.endKm && c.toKm > seg.startKm),
      );
      if (hits.length) index.set(seg.id, hits);
    }
    this.bySegment = index;
  }

  isPassable(segmentId: string): boolean {
    return !this.bySegment.has(segmentId);
  }

  blockedSegments(): Array<{ segment: string; reasons: Closure['reason'][] }> {
    return [...this.bySegment].map(([segment, closures]) => ({
      segment,
      reasons: [...new Set(closures.map((c) => c.reason))],
    }));
  }

  lastRefreshed(): Date | null {
    return this.refreshedAt;
  }
}

export function planTrip(index: ClosureIndex, route: RouteSegment[]): { go: boolean; stopBefore?: string } {
  for (const seg of route) {
    if (!index.isPassable(seg.id)) return { go: false, stopBefore: seg.id };
  }
  return { go: true };
}
