// expect: none
// withDeadline races the planner against a timer but clears the timer and aborts the planner's signal in finally, so neither loser outlives the race.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

type Point = { lat: number; lon: number };

interface NoFlyZone {
  center: Point;
  radiusKm: number;
}

function distanceKm(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * 111;
  const dLon = (b.lon - a.lon) * 111 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dLat, dLon);
}

async function planRoute(from: Point, to: Point, zones: NoFlyZone[], signal: AbortSignal): Promise<Point[]> {
  const steps = Math.max(2, Math.ceil(distanceKm(from, to) / 0.5));
  const route: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    signal.throwIfAborted();
    const t = i / steps;
    let p: Point = { lat: from.lat + (to.lat - from.lat) * t, lon: from.lon + (to.lon - from.lon) * t };
    for (const z of zones) {
      const d = distanceKm(p, z.center);
      if (d < z.radiusKm) {
        const push = (z.radiusKm - d + 0.1) / 111;
        p = { lat: p.lat + push, lon: p.lon };
      }
    }
    route.push(p);
    await new Promise((r) => setImmediate(r));
  }
  return route;
}

async function withDeadline<T>(task: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`route planning exceeded ${ms}ms`)), ms);
  });
  try {
    return await Promise.race([task(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

describe("planRoute", () => {
  const depot: Point = { lat: 51.5, lon: -0.12 };
  let zones: NoFlyZone[];

  beforeEach(() => {
    zones = [];
  });

  it("flies straight when nothing is in the way", async () => {
    const route = await withDeadline((signal) => planRoute(depot, { lat: 51.52, lon: -0.1 }, zones, signal), 1_000);
    expect(route[0]).toEqual(depot);
    expect(route.length).toBe(7);
  });

  it("routes around a no-fly zone", async () => {
    zones.push({ center: { lat: 51.51, lon: -0.11 }, radiusKm: 0.4 });
    const route = await withDeadline((signal) => planRoute(depot, { lat: 51.52, lon: -0.1 }, zones, signal), 1_000);
    for (const p of route) {
      expect(distanceKm(p, zones[0].center) >= 0.4).toBe(true);
    }
  });

  it("gives up on a very long route when the deadline passes", async () => {
    await expect(
      withDeadline((signal) => planRoute(depot, { lat: 55.95, lon: -3.19 }, zones, signal), 5),
    ).rejects.toThrow(/exceeded 5ms/);
  });

  it("stops planning as soon as the caller aborts", async () => {
    const controller = new AbortController();
    const planning = planRoute(depot, { lat: 52.2, lon: 0.12 }, zones, controller.signal);
    controller.abort();
    await expect(planning).rejects.toThrow(/abort/i);
  });
});
