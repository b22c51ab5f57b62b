// expect: no-promise-as-value
// setRoute() tests route.sections.some(s => this.isSectionOccupied(s)), but isSectionOccupied() is async, so every callback returns a truthy promise and every route is refused as occupied.
export interface AxleCounterClient {
  count(section: string): Promise<{ inCount: number; outCount: number; disturbed: boolean }>;
}

export interface PointMachine {
  throwTo(pointId: string, position: 'normal' | 'reverse'): Promise<void>;
}

export interface Route {
  id: string;
  sections: string[];
  points: Array<{ id: string; position: 'normal' | 'reverse' }>;
  exitSignal: string;
}

export type RouteResult = { ok: true; routeId: string } | { ok: false; routeId: string; reason: string };

export class RouteSetter {
  private readonly lockedRoutes = new Set<string>();

  constructor(private readonly axles: AxleCounterClient, private readonly points: PointMachine) {}

  async isSectionOccupied(section: string): Promise<boolean> {
    const c = await this.axles.count(section);
    if (c.disturbed) return true;
    return c.inCount !== c.outCount;
  }

  async setRoute(route: Route): Promise<RouteResult> {
    if (this.lockedRoutes.has(route.id)) return { ok: false, routeId: route.id, reason: 'already set' };
    if (route.sections.some((s) => this.isSectionOccupied(s))) {
      return { ok: false, routeId: route.id, reason: 'a section on the route is occupied' };
    }
    for (const p of route.points) {
      await this.points.throwTo(p.id, p.position);
    }
    this.lockedRoutes.add(route.id);
    return { ok: true, routeId: route.id };
  }

  releaseRoute(routeId: string): boolean {
    return this.lockedRoutes.delete(routeId);
  }

  async setTimetabledRoutes(routes: Route[]): Promise<RouteResult[]> {
    const results: RouteResult[] = [];
    for (const route of routes) {
      results.push(await this.setRoute(route));
    }
    return results;
  }
}

export function summarise(results: RouteResult[]): string {
  const refused = results.filter((r): r is Extract<RouteResult, { ok: false }> => !r.ok);
  if (refused.length === 0) return `all ${results.length} routes set`;
  return `${results.length - refused.length}/${results.length} routes set; refused: ${refused.map((r) => `${r.routeId} (${r.reason})`).join(', ')}`;
}
