// expect: no-swallowed-abort
// The mirror fail-over catches every error, including the AbortError from a cancelled request, tries the next mirror and finally reports a generic AggregateError.
export interface RouteSetting {
  routeId: string;
  wall: string;
  grade: string;
  holdColour: string;
  setter: string;
  setOn: string;
  stripDate?: string;
}

export interface WallPlan {
  wall: string;
  routes: RouteSetting[];
  fetchedFrom: string;
}

export interface FetchOptions {
  signal?: AbortSignal;
  mirrors?: string[];
}

declare const gymDefaults: {
  mirrors: string[];
  gymId: string;
};

export class RouteServiceError extends Error {
  constructor(readonly mirror: string, readonly status: number) {
    super(`route service at ${mirror} answered ${status}`);
    this.name = 'RouteServiceError';
  }
}

export async function fetchWallPlan(wall: string, options: FetchOptions = {}): Promise<WallPlan> {
  const mirrors = options.mirrors ?? gymDefaults.mirrors;
  const failures: unknown[] = [];
  for (const mirror of mirrors) {
    const url = `${mirror}/gyms/${gymDefaults.gymId}/walls/${encodeURIComponent(wall)}/routes`;
    try {
      const res = await fetch(url, { signal: options.signal });
      if (!res.ok) {
        failures.push(new RouteServiceError(mirror, res.status));
        continue;
      }
      const routes = (await res.json()) as RouteSetting[];
      return { wall, routes, fetchedFrom: mirror };
    } catch (err) {
      failures.push(err);
    }
  }
  throw new AggregateError(failures, `no route mirror could serve wall ${wall}`);
}

export function routesDueForStrip(plan: WallPlan, today = new Date()): RouteSetting[] {
  return plan.routes.filter((route) => {
    if (route.stripDate) return Date.parse(route.stripDate) <= today.getTime();
    const ageDays = (today.getTime() - Date.parse(route.setOn)) / 86_400_000;
    return ageDays > 42;
  });
}

export function gradeSpread(plan: WallPlan): Map<string, number> {
  const spread = new Map<string, number>();
  for (const route of plan.routes) {
    spread.set(route.grade, (spread.get(route.grade) ?? 0) + 1);
  }
  return new Map([...spread.entries()].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true })));
}

export async function resetPlanner(walls: string[], options: FetchOptions = {}): Promise<Map<string, RouteSetting[]>> {
  const due = new Map<string, RouteSetting[]>();
  for (const wall of walls) {
    const plan = await fetchWallPlan(wall, options);
    const strip = routesDueForStrip(plan);
    if (strip.length > 0) due.set(wall, strip);
  }
  return due;
}
