// expect: no-floating-promises
// assignments.forEach(async ...) drops every route-upload promise, so telematics failures become unhandled rejections and the shift log is written before routes are sent.
export interface Segment {
  id: string;
  roadClass: 'arterial' | 'collector' | 'residential';
  lengthKm: number;
  gradientPct: number;
}

export interface PloughRoute {
  id: string;
  name: string;
  segments: Segment[];
  priority: 1 | 2 | 3;
}

export interface Truck {
  id: string;
  driverId: string;
  bladeWidthM: number;
  saltTonnes: number;
  chains: boolean;
}

export interface Shift {
  id: string;
  zone: string;
  startsAt: Date;
  trucks: Truck[];
}

interface Assignment {
  route: PloughRoute;
  truck: Truck;
}

declare const planner: {
  routesFor(zone: string, maxPriority: number): Promise<PloughRoute[]>;
};

declare const telematics: {
  sendRoute(truckId: string, route: PloughRoute): Promise<void>;
};

declare const crewRadio: {
  announce(driverId: string, message: string): Promise<void>;
};

declare const shiftLog: {
  write(shiftId: string, entry: Record<string, unknown>): Promise<void>;
};

function saltNeeded(route: PloughRoute): number {
  return route.segments.reduce((t, s) => t + s.lengthKm * (s.roadClass === 'arterial' ? 0.4 : 0.25), 0);
}

function needsChains(route: PloughRoute): boolean {
  return route.segments.some((s) => s.gradientPct >= 8);
}

function assignTrucks(routes: PloughRoute[], trucks: Truck[]): { assigned: Assignment[]; unassigned: PloughRoute[] } {
  const free = [...trucks].sort((a, b) => b.saltTonnes - a.saltTonnes);
  const assigned: Assignment[] = [];
  const unassigned: PloughRoute[] = [];

  for (const route of [...routes].sort((a, b) => a.priority - b.priority)) {
    const idx = free.findIndex((t) => t.saltTonnes >= saltNeeded(route) && (!needsChains(route) || t.chains));
    if (idx === -1) {
      unassigned.push(route);
      continue;
    }
    assigned.push({ route, truck: free[idx] });
    free.splice(idx, 1);
  }
  return { assigned, unassigned };
}

export async function dispatchShift(shift: Shift, maxPriority: 1 | 2 | 3 = 2): Promise<{ sent: number; unassigned: string[] }> {
  const routes = await planner.routesFor(shift.zone, maxPriority);
  const { assigned, unassigned } = assignTrucks(routes, shift.trucks);

  assigned.forEach(async ({ route, truck }) => {
    await telematics.sendRoute(truck.id, route);
    await crewRadio.announce(truck.driverId, `Route ${route.name} loaded, ${route.segments.length} segments`);
  });

  await shiftLog.write(shift.id, {
    zone: shift.zone,
    dispatchedAt: new Date().toISOString(),
    routes: assigned.map((a) => ({ route: a.route.id, truck: a.truck.id })),
    unassigned: unassigned.map((r) => r.id),
  });

  return { sent: assigned.length, unassigned: unassigned.map((r) => r.id) };
}
