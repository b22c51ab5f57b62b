// expect: no-swallowed-abort
// The catch-all fallback also catches the AbortError from a cancelled fetch and returns the stale cached tide table as if the request had succeeded, so a cancelled refresh keeps running the caller's follow-up work on old data.
export interface TideEvent {
  kind: 'high' | 'low';
  at: string;
  heightM: number;
}

export interface TideTable {
  station: string;
  fetchedAt: number;
  events: TideEvent[];
}

const TIDE_API = 'https://tides.example.org/v2/stations';
const cache = new Map<string, TideTable>();

function isTideTable(value: unknown): value is Omit<TideTable, 'fetchedAt'> {
  return typeof value === 'object' && value !== null && Array.isArray((value as TideTable).events);
}

export async function loadTideTable(station: string, signal: AbortSignal): Promise<TideTable> {
  try {
    const res = await fetch(`${TIDE_API}/${encodeURIComponent(station)}/predictions?days=3`, {
      signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`tide service answered ${res.status} for ${station}`);

    const body: unknown = await res.json();
    if (!isTideTable(body)) throw new Error(`malformed tide table for ${station}`);

    const table: TideTable = { ...body, station, fetchedAt: Date.now() };
    cache.set(station, table);
    return table;
  } catch (err) {
    const stale = cache.get(station);
    if (stale) {
      console.warn(`[tides] using cached table for ${station} from ${new Date(stale.fetchedAt).toISOString()}:`, err);
      return stale;
    }
    throw err;
  }
}

export function nextHighWater(table: TideTable, now = Date.now()): TideEvent | undefined {
  return table.events.find((e) => e.kind === 'high' && Date.parse(e.at) > now);
}

export async function planLampServicing(station: string, signal: AbortSignal): Promise<string> {
  const table = await loadTideTable(station, signal);
  const high = nextHighWater(table);
  if (!high) return `${station}: no high water in the forecast window, servicing unrestricted`;
  // the causeway floods at high water, so the keeper must be back on the rock an hour before
  const returnBy = new Date(Date.parse(high.at) - 60 * 60_000);
  return `${station}: return to the tower by ${returnBy.toISOString().slice(11, 16)} UTC (high water ${high.heightM.toFixed(1)} m)`;
}
