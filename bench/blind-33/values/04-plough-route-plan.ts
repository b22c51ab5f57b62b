// expect: no-read-before-settle
// this.closures is assigned in the .then callback of activeClosures(), but the avoid-set is built from it synchronously on the next lines, before that callback can run.
export interface RoadClosure {
  segmentId: string;
  reason: 'collision' | 'flooding' | 'fallen-tree' | 'works';
  until: number;
}

export interface Segment {
  id: string;
  roadClass: 'arterial' | 'collector' | 'residential';
  gradientPct: number;
  lengthKm: number;
}

export interface StormCell {
  region: string;
  snowfallCmPerHour: number;
  freezingRain: boolean;
}

export interface Depot {
  id: string;
  trucks: number;
  startSegment: string;
}

export interface RoutePlan {
  depotId: string;
  segments: string[];
  estimatedHours: number;
}

declare const roadAuthority: {
  activeClosures(region: string): Promise<RoadClosure[]>;
};

declare const router: {
  plan(from: string, targets: string[], opts: { avoid: Set<string>; trucks: number }): string[];
};

declare const fleetBoard: {
  publish(region: string, plans: RoutePlan[]): Promise<void>;
};

function rankSegments(storm: StormCell, segments: Segment[]): Segment[] {
  const weight = (s: Segment) =>
    (s.roadClass === 'arterial' ? 100 : s.roadClass === 'collector' ? 50 : 10) +
    (storm.freezingRain ? s.gradientPct * 4 : s.gradientPct);
  return [...segments].sort((a, b) => weight(b) - weight(a));
}

export class StormRoutePlanner {
  private closures: RoadClosure[] = [];

  constructor(
    private readonly depots: Depot[],
    private readonly segments: Segment[],
  ) {}

  async replan(storm: StormCell): Promise<RoutePlan[]> {
    const closuresLoaded = roadAuthority.activeClosures(storm.region).then((list) => {
      const now = Date.now();
      this.closures = list.filter((c) => c.until > now);
    });

    const ranked = rankSegments(storm, this.segments);
    const avoid = new Set(this.closures.map((c) => c.segmentId));
    const targets = ranked.filter((s) => !avoid.has(s.id)).map((s) => s.id);
    const kmById = new Map(this.segments.map((s) => [s.id, s.lengthKm]));
    const passesPerHour = storm.snowfallCmPerHour > 4 ? 2 : 1;

    const plans = this.depots.map((depot): RoutePlan => {
      const route = router.plan(depot.startSegment, targets, { avoid, trucks: depot.trucks });
      const km = route.reduce((sum, id) => sum + (kmById.get(id) ?? 0), 0);
      return {
        depotId: depot.id,
        segments: route,
        estimatedHours: Math.round(((km * passesPerHour) / (25 * Math.max(1, depot.trucks))) * 10) / 10,
      };
    });

    await closuresLoaded;
    await fleetBoard.publish(storm.region, plans);
    return plans;
  }
}
