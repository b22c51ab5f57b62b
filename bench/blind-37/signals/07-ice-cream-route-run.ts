// expect: require-signal-propagation
// runRoute accepts options.signal for calling the van back, but never checks it or passes it on, so the route always runs to the end.
export interface RouteStop {
  id: string;
  street: string;
  dwellMinutes: number;
  jingle: 'greensleeves' | 'popeye' | 'match-of-the-day';
  schoolNearby: boolean;
}

export interface RunOptions {
  /** Abort to call the van back to the depot (weather, breakdown, sold out). */
  signal?: AbortSignal;
  /** Index of the first stop, when resuming a route that was interrupted. */
  startAt?: number;
  chimeVolume?: number;
}

export interface StopSales {
  stopId: string;
  cones: number;
  lollies: number;
  takingsPence: number;
}

export interface RunSummary {
  completedStops: number;
  sales: StopSales[];
  totalPence: number;
}

declare const van: {
  driveTo(street: string): Promise<{ minutes: number }>;
  playChime(jingle: RouteStop['jingle'], volume: number, seconds: number): Promise<void>;
  openHatch(): Promise<void>;
  closeHatch(): Promise<void>;
};
declare const till: {
  openSession(stopId: string): Promise<void>;
  closeSession(stopId: string): Promise<StopSales>;
};
declare function waitMinutes(minutes: number): Promise<void>;

const QUIET_VOLUME = 3;

function chimeVolume(stop: RouteStop, requested: number, now: Date): number {
  const schoolHours = now.getHours() >= 9 && now.getHours() < 15;
  return stop.schoolNearby && schoolHours ? Math.min(requested, QUIET_VOLUME) : requested;
}

export async function runRoute(stops: RouteStop[], options: RunOptions = {}): Promise<RunSummary> {
  const start = options.startAt ?? 0;
  const volume = options.chimeVolume ?? 7;
  const sales: StopSales[] = [];

  for (const stop of stops.slice(start)) {
    await van.driveTo(stop.street);
    await van.playChime(stop.jingle, chimeVolume(stop, volume, new Date()), 12);
    await van.openHatch();
    await till.openSession(stop.id);
    try {
      await waitMinutes(stop.dwellMinutes);
    } finally {
      await van.closeHatch();
      sales.push(await till.closeSession(stop.id));
    }
  }

  return {
    completedStops: sales.length,
    sales,
    totalPence: sales.reduce((sum, s) => sum + s.takingsPence, 0),
  };
}

export function bestStops(history: StopSales[][], top = 3): string[] {
  const totals = new Map<string, number>();
  for (const run of history) {
    for (const s of run) {
      totals.set(s.stopId, (totals.get(s.stopId) ?? 0) + s.takingsPence);
    }
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([id]) => id);
}
