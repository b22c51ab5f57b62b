// expect: no-floating-promises
// The permit lookup runs in an async forEach callback whose promises are dropped, so publishing continues before permits are attached and lookup failures go unhandled.
export interface RouteStop {
  square: string;
  arriveAt: string;
  minutes: number;
  permitId?: string;
}

export interface Route {
  routeId: string;
  grinder: string;
  date: string;
  stops: RouteStop[];
}

declare const routeStore: {
  save(route: Route): Promise<void>;
  publish(routeId: string): Promise<{ url: string }>;
};

declare const cityPermits: {
  lookup(square: string, date: string): Promise<{ id: string; maxMinutes: number }>;
};

declare const noticeBoard: {
  announce(message: string): Promise<void>;
};

function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

export function validateRoute(route: Route): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  route.stops.forEach((stop, index) => {
    if (seen.has(stop.square)) problems.push(`${stop.square} visited twice`);
    seen.add(stop.square);
    const next = route.stops[index + 1];
    if (next && toMinutes(stop.arriveAt) + stop.minutes > toMinutes(next.arriveAt)) {
      problems.push(`${stop.square} overruns arrival at ${next.square}`);
    }
  });
  return problems;
}

export async function publishRoute(route: Route): Promise<string> {
  const problems = validateRoute(route);
  if (problems.length > 0) {
    throw new Error(`route ${route.routeId} is invalid: ${problems.join('; ')}`);
  }

  route.stops.forEach(async (stop) => {
    const permit = await cityPermits.lookup(stop.square, route.date);
    stop.permitId = permit.id;
    if (stop.minutes > permit.maxMinutes) {
      stop.minutes = permit.maxMinutes;
    }
  });

  await routeStore.save(route);
  const { url } = await routeStore.publish(route.routeId);
  await noticeBoard.announce(
    `${route.grinder} plays ${route.stops.map((s) => s.square).join(' → ')} on ${route.date}: ${url}`,
  );
  return url;
}
