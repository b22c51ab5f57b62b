// expect: no-promise-as-value
// planner.optimise is async, so the route stored in the status payload is a pending promise and JSON.stringify sends it as {}.
interface LatLon {
  lat: number;
  lon: number;
}

interface RouteLeg {
  street: string;
  from: LatLon;
  to: LatLon;
  passes: number;
}

export interface Plough {
  id: string;
  depot: LatLon;
  bladeWidthM: number;
  saltCapacityKg: number;
}

declare const gps: {
  current(vehicleId: string): Promise<LatLon & { speedKmh: number }>;
};
declare const hopper: {
  remainingKg(vehicleId: string): Promise<number>;
};
declare const planner: {
  optimise(start: LatLon, streets: string[], opts: { avoid: string[]; bladeWidthM: number }): Promise<RouteLeg[]>;
};

const DISPATCH_URL = process.env.DISPATCH_URL ?? 'https://dispatch.winterops.internal';

export async function pendingStreets(zone: string): Promise<string[]> {
  const res = await fetch(`${DISPATCH_URL}/zones/${zone}/uncleared`);
  if (!res.ok) throw new Error(`zone ${zone}: HTTP ${res.status}`);
  return (await res.json()) as string[];
}

export async function syncPlough(plough: Plough, zone: string, closures: string[]): Promise<void> {
  const [position, saltRemainingKg, streets] = await Promise.all([
    gps.current(plough.id),
    hopper.remainingKg(plough.id),
    pendingStreets(zone),
  ]);

  const needsReload = saltRemainingKg < plough.saltCapacityKg * 0.15;
  const start = needsReload ? plough.depot : { lat: position.lat, lon: position.lon };
  const route = planner.optimise(start, streets, { avoid: closures, bladeWidthM: plough.bladeWidthM });

  const payload = {
    ploughId: plough.id,
    zone,
    position,
    saltRemainingKg,
    needsReload,
    route,
    reportedAt: new Date().toISOString(),
  };

  const res = await fetch(`${DISPATCH_URL}/ploughs/${plough.id}/status`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) {
    throw new Error(`dispatch rejected status for ${plough.id}: ${res.status} ${await res.text()}`);
  }
}

export async function syncFleet(ploughs: Plough[], zoneOf: (p: Plough) => string, closures: string[]) {
  const results = await Promise.allSettled(ploughs.map((p) => syncPlough(p, zoneOf(p), closures)));
  return results
    .map((r, i) => (r.status === 'rejected' ? `${ploughs[i].id}: ${String(r.reason)}` : null))
    .filter((line): line is string => line !== null);
}
