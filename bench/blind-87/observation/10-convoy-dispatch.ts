// expect: no-unobserved-promise
// The manifest load is started before the ice check; when the route is closed the function throws and that stored promise is left with no handler, so its rejection goes unhandled.
interface IceReport {
  route: string;
  thicknessCm: number;
  measuredAt: string;
  pressureRidges: number;
}

interface Manifest {
  convoyId: string;
  trucks: Array<{ unit: string; driver: string; grossKg: number }>;
  destination: string;
}

declare const ice: { report(route: string): Promise<IceReport> };
declare const manifests: { load(convoyId: string): Promise<Manifest> };
declare const dispatchLog: { record(entry: Record<string, unknown>): Promise<void> };

export class RouteClosedError extends Error {
  constructor(
    readonly route: string,
    readonly thicknessCm: number,
  ) {
    super(`route ${route} closed: ice at ${thicknessCm} cm`);
  }
}

// Minimum ice thickness for a loaded truck, by gross weight band.
function minThicknessCm(grossKg: number): number {
  if (grossKg <= 25_000) return 70;
  if (grossKg <= 45_000) return 90;
  return 107;
}

const ROUTE_MINIMUM_CM = 70;

export async function dispatchConvoy(convoyId: string, route: string): Promise<{ released: string[]; held: string[] }> {
  const manifestP = manifests.load(convoyId);
  const report = await ice.report(route);

  if (report.thicknessCm < ROUTE_MINIMUM_CM || report.pressureRidges > 3) {
    throw new RouteClosedError(route, report.thicknessCm);
  }

  const manifest = await manifestP;
  const released: string[] = [];
  const held: string[] = [];
  for (const truck of manifest.trucks) {
    if (report.thicknessCm >= minThicknessCm(truck.grossKg)) released.push(truck.unit);
    else held.push(truck.unit);
  }

  await dispatchLog.record({
    convoyId,
    route,
    iceCm: report.thicknessCm,
    released,
    held,
    at: new Date().toISOString(),
  });
  return { released, held };
}

export async function dispatchMorningConvoys(convoys: Array<{ id: string; route: string }>) {
  const out: Record<string, string> = {};
  for (const c of convoys) {
    try {
      const { released, held } = await dispatchConvoy(c.id, c.route);
      out[c.id] = `${released.length} released, ${held.length} held`;
    } catch (err) {
      out[c.id] = err instanceof RouteClosedError ? 'route closed' : `failed: ${(err as Error).message}`;
    }
  }
  return out;
}
