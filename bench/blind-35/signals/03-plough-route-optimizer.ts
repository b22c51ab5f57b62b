// expect: no-swallowed-abort
// The catch-all fallback also catches the AbortError from a cancelled request and returns the stale plan as if optimisation had simply failed.
export interface Street {
  id: string;
  priority: 1 | 2 | 3;
  lengthKm: number;
  gradientPct: number;
}

export interface RoutePlan {
  depotId: string;
  generatedAt: string;
  source: 'optimiser' | 'fallback';
  trucks: Array<{ truckId: string; streets: string[] }>;
}

declare const planStore: {
  lastPlan(depotId: string): Promise<RoutePlan | null>;
  save(plan: RoutePlan): Promise<void>;
};

declare const depotLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const OPTIMISER_URL = 'https://routing.citydepot.example/optimise';

export function greedyPlan(depotId: string, streets: Street[], truckIds: string[]): RoutePlan {
  // Priority-1 streets (hospital routes, bus lanes) first, steep ones before they ice over.
  const ordered = [...streets].sort((a, b) => a.priority - b.priority || b.gradientPct - a.gradientPct);
  const trucks = truckIds.map((truckId) => ({ truckId, streets: [] as string[], km: 0 }));
  for (const street of ordered) {
    const lightest = trucks.reduce((min, t) => (t.km < min.km ? t : min), trucks[0]);
    lightest.streets.push(street.id);
    lightest.km += street.lengthKm;
  }
  return {
    depotId,
    generatedAt: new Date().toISOString(),
    source: 'fallback',
    trucks: trucks.map(({ truckId, streets: s }) => ({ truckId, streets: s })),
  };
}

export async function optimiseRoutes(
  depotId: string,
  streets: Street[],
  truckIds: string[],
  signal: AbortSignal,
): Promise<RoutePlan> {
  try {
    const res = await fetch(OPTIMISER_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ depotId, streets, trucks: truckIds, objective: 'min-makespan' }),
      signal,
    });
    if (!res.ok) throw new Error(`optimiser returned ${res.status}`);
    const body = (await res.json()) as { routes: Record<string, string[]> };
    const plan: RoutePlan = {
      depotId,
      generatedAt: new Date().toISOString(),
      source: 'optimiser',
      trucks: Object.entries(body.routes).map(([truckId, s]) => ({ truckId, streets: s })),
    };
    await planStore.save(plan);
    return plan;
  } catch (err) {
    depotLog.warn('route optimiser unavailable, using fallback plan', { depotId, error: (err as Error).message });
    return (await planStore.lastPlan(depotId)) ?? greedyPlan(depotId, streets, truckIds);
  }
}
