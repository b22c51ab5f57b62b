// expect: no-unchecked-settled-results
// launchDecision casts every allSettled entry to a fulfilled result and reads .value, so a failed station yields undefined and crashes the freshness filter instead of being skipped.
export interface StationWind {
  stationId: string;
  surfaceKnots: number;
  gustKnots: number;
  windsAloft: Array<{ altitudeFt: number; knots: number; directionDeg: number }>;
  observedAt: number;
}

export interface FlightPlan {
  flightId: string;
  launchSiteId: string;
  pilot: string;
  passengers: number;
  plannedLaunch: Date;
}

export interface LaunchDecision {
  flightId: string;
  go: boolean;
  reasons: string[];
  stationsUsed: number;
}

declare const avWeather: {
  stationWind(stationId: string): Promise<StationWind>;
  nearbyStations(siteId: string, radiusKm: number): Promise<string[]>;
};

declare const opsLog: {
  record(decision: LaunchDecision): Promise<void>;
};

const MAX_SURFACE_KNOTS = 8;
const MAX_GUST_SPREAD_KNOTS = 5;
const MAX_ALOFT_KNOTS_AT_1000FT = 15;
const MAX_OBSERVATION_AGE_MS = 90 * 60_000;

function aloftAt(wind: StationWind, altitudeFt: number): number | undefined {
  const layer = wind.windsAloft.find((l) => l.altitudeFt === altitudeFt);
  return layer?.knots;
}

export async function launchDecision(plan: FlightPlan): Promise<LaunchDecision> {
  const stationIds = await avWeather.nearbyStations(plan.launchSiteId, 40);
  const settled = await Promise.allSettled(stationIds.map((id) => avWeather.stationWind(id)));
  const winds = settled.map((result) => (result as PromiseFulfilledResult<StationWind>).value);

  const now = Date.now();
  const fresh = winds.filter((w) => now - w.observedAt <= MAX_OBSERVATION_AGE_MS);
  const reasons: string[] = [];

  if (fresh.length === 0) {
    reasons.push("no recent observations near the launch site");
  }
  for (const w of fresh) {
    if (w.surfaceKnots > MAX_SURFACE_KNOTS) {
      reasons.push(`${w.stationId}: surface wind ${w.surfaceKnots} kt`);
    }
    if (w.gustKnots - w.surfaceKnots > MAX_GUST_SPREAD_KNOTS) {
      reasons.push(`${w.stationId}: gust spread ${w.gustKnots - w.surfaceKnots} kt`);
    }
    const aloft = aloftAt(w, 1000);
    if (aloft !== undefined && aloft > MAX_ALOFT_KNOTS_AT_1000FT) {
      reasons.push(`${w.stationId}: ${aloft} kt at 1000 ft`);
    }
  }

  const decision: LaunchDecision = {
    flightId: plan.flightId,
    go: reasons.length === 0,
    reasons,
    stationsUsed: fresh.length,
  };
  await opsLog.record(decision);
  return decision;
}

export function briefing(decision: LaunchDecision, plan: FlightPlan): string {
  const header = `${plan.flightId} (${plan.pilot}, ${plan.passengers} pax) ${plan.plannedLaunch.toISOString()}`;
  if (decision.go) {
    return `${header}\nGO, based on ${decision.stationsUsed} stations`;
  }
  return `${header}\nNO GO:\n${decision.reasons.map((r) => `  - ${r}`).join("\n")}`;
}
