// expect: none
// The permit and airspace checks are awaited inside the conditions, so the route is only released when the resolved answers are actually true.
export interface AdRoute {
  routeId: string;
  airshipId: string;
  city: string;
  altitudeFt: number;
  startsAt: string;
  endsAt: string;
  bannerId: string;
}

export interface PermitOffice {
  isApproved(city: string, bannerId: string): Promise<boolean>;
  expiresAt(city: string, bannerId: string): Promise<string | null>;
}

export interface AirspaceService {
  hasActiveTfr(city: string, startsAt: string, endsAt: string): Promise<boolean>;
}

export interface ReleaseDecision {
  routeId: string;
  released: boolean;
  reason?: string;
}

const MIN_ALTITUDE_FT = 1_000;

export class RouteRelease {
  constructor(
    private readonly permits: PermitOffice,
    private readonly airspace: AirspaceService,
  ) {}

  async decide(route: AdRoute): Promise<ReleaseDecision> {
    if (route.altitudeFt < MIN_ALTITUDE_FT) {
      return { routeId: route.routeId, released: false, reason: `altitude ${route.altitudeFt} ft below minimum` };
    }
    if (!(await this.permits.isApproved(route.city, route.bannerId))) {
      return { routeId: route.routeId, released: false, reason: `banner ${route.bannerId} not approved in ${route.city}` };
    }
    const expiry = await this.permits.expiresAt(route.city, route.bannerId);
    if (expiry !== null && expiry < route.endsAt) {
      return { routeId: route.routeId, released: false, reason: `permit expires ${expiry}, before route ends` };
    }
    if (await this.airspace.hasActiveTfr(route.city, route.startsAt, route.endsAt)) {
      return { routeId: route.routeId, released: false, reason: `temporary flight restriction over ${route.city}` };
    }
    return { routeId: route.routeId, released: true };
  }

  async decideDay(routes: AdRoute[]): Promise<ReleaseDecision[]> {
    const decisions: ReleaseDecision[] = [];
    for (const route of routes) {
      decisions.push(await this.decide(route));
    }
    return decisions;
  }
}

export function releaseSummary(decisions: ReleaseDecision[]): string {
  const held = decisions.filter((d) => !d.released);
  const heldLines = held.map((d) => `  ${d.routeId}: ${d.reason ?? 'held'}`);
  return [`${decisions.length - held.length}/${decisions.length} routes released`, ...heldLines].join('\n');
}
