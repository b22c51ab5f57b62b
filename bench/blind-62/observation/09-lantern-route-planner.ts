// expect: no-unchecked-settled-results
// segment lookups go through Promise.allSettled but every result is cast to fulfilled and its value read, so a rejected street yields undefined
export interface StreetSegment {
  segmentId: string;
  street: string;
  lengthM: number;
  widthM: number;
  overheadWires: boolean;
  slopePct: number;
}

export interface RouteWaypoint {
  segmentId: string;
  order: number;
}

export interface RoutePlan {
  paradeId: string;
  segments: StreetSegment[];
  totalLengthM: number;
  warnings: string[];
}

declare const cityGis: {
  segment(segmentId: string): Promise<StreetSegment>;
};
declare const paradeStore: {
  waypoints(paradeId: string): Promise<RouteWaypoint[]>;
  saveRoutePlan(plan: RoutePlan): Promise<void>;
};

const MIN_WIDTH_M = 6;
const MAX_SLOPE_PCT = 8;
const MAX_LANTERN_HEIGHT_UNDER_WIRES = "2.5m";

function checkSegment(seg: StreetSegment): string[] {
  const warnings: string[] = [];
  if (seg.widthM < MIN_WIDTH_M) {
    warnings.push(`${seg.street} is ${seg.widthM}m wide; walkers must go single file`);
  }
  if (seg.slopePct > MAX_SLOPE_PCT) {
    warnings.push(`${seg.street} slope ${seg.slopePct}% — keep candle lanterns upright`);
  }
  if (seg.overheadWires) {
    warnings.push(`${seg.street} has overhead wires; pole lanterns under ${MAX_LANTERN_HEIGHT_UNDER_WIRES}`);
  }
  return warnings;
}

export async function planRoute(paradeId: string): Promise<RoutePlan> {
  const waypoints = await paradeStore.waypoints(paradeId);
  const ordered = [...waypoints].sort((a, b) => a.order - b.order);
  if (ordered.length < 2) {
    throw new Error(`parade ${paradeId} needs at least two waypoints`);
  }

  const settled = await Promise.allSettled(ordered.map((w) => cityGis.segment(w.segmentId)));
  const segments = settled.map((r) => (r as PromiseFulfilledResult<StreetSegment>).value);

  const warnings = segments.flatMap(checkSegment);
  const totalLengthM = segments.reduce((sum, s) => sum + s.lengthM, 0);
  if (totalLengthM > 3_000) {
    warnings.push(`route is ${(totalLengthM / 1000).toFixed(1)}km; add a rest stop for children`);
  }

  const plan: RoutePlan = { paradeId, segments, totalLengthM, warnings };
  await paradeStore.saveRoutePlan(plan);
  return plan;
}

export function describePlan(plan: RoutePlan): string {
  const streets = plan.segments.map((s) => s.street);
  const unique = streets.filter((s, i) => streets.indexOf(s) === i);
  return [
    `Parade ${plan.paradeId}: ${unique.join(" → ")}`,
    `${Math.round(plan.totalLengthM)} m total`,
    ...plan.warnings.map((w) => `! ${w}`),
  ].join("\n");
}
