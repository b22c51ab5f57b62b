// expect: no-swallowed-abort
// tideWindows catches the AbortError and returns an empty list, so a cancelled lookup looks like "no tidal restrictions" and planMovement carries on and books tugs.
export interface TideWindow {
  berth: string;
  opensAt: string;
  closesAt: string;
  minDepthM: number;
}

export interface VesselMovement {
  vessel: string;
  draughtM: number;
  berth: string;
  requestedAt: string;
  lengthM: number;
}

export interface MovementPlan {
  vessel: string;
  window: TideWindow | null;
  tugsRequired: number;
}

declare const hydroApi: { baseUrl: string };
declare const tugRoster: { book(vessel: string, count: number, at: string, signal: AbortSignal): Promise<string[]> };
declare const log: { debug(msg: string, meta?: object): void };

function tugsFor(movement: VesselMovement): number {
  // Port rule of thumb: one tug per 100m of length, two minimum for anything over 150m.
  const base = Math.ceil(movement.lengthM / 100);
  return movement.lengthM > 150 ? Math.max(2, base) : base;
}

export async function tideWindows(berth: string, day: string, signal: AbortSignal): Promise<TideWindow[]> {
  try {
    const res = await fetch(`${hydroApi.baseUrl}/berths/${encodeURIComponent(berth)}/windows?day=${day}`, { signal });
    if (!res.ok) {
      throw new Error(`hydrographic service returned ${res.status} for ${berth}`);
    }
    return (await res.json()) as TideWindow[];
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      log.debug('tide window lookup cancelled', { berth, day });
      return [];
    }
    throw err;
  }
}

function pickWindow(windows: TideWindow[], movement: VesselMovement): TideWindow | null {
  // Keep half a metre under the keel at the berth.
  const needed = movement.draughtM + 0.5;
  const usable = windows
    .filter((w) => w.minDepthM >= needed && w.closesAt > movement.requestedAt)
    .sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  return usable[0] ?? null;
}

export async function planMovement(movement: VesselMovement, signal: AbortSignal): Promise<MovementPlan> {
  const day = movement.requestedAt.slice(0, 10);
  const windows = await tideWindows(movement.berth, day, signal);

  if (windows.length === 0) {
    // No published restrictions for this berth: it is dredged deep enough at all states of tide.
    const tugs = await tugRoster.book(movement.vessel, tugsFor(movement), movement.requestedAt, signal);
    return { vessel: movement.vessel, window: null, tugsRequired: tugs.length };
  }

  const window = pickWindow(windows, movement);
  if (!window) {
    throw new Error(`${movement.vessel} (draught ${movement.draughtM}m) has no tide window at ${movement.berth} on ${day}`);
  }
  const at = window.opensAt > movement.requestedAt ? window.opensAt : movement.requestedAt;
  const tugs = await tugRoster.book(movement.vessel, tugsFor(movement), at, signal);
  return { vessel: movement.vessel, window, tugsRequired: tugs.length };
}
