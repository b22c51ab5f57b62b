// expect: none
// The handler threads req.signal into the database query, the guide-roster fetch and the short retry pause, so a client disconnect cancels all outstanding work.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlotRow {
  slot_start: string;
  route: string;
  capacity: number;
  booked: number;
}

export interface Pool {
  query<T>(sql: string, params: unknown[], opts?: { signal?: AbortSignal }): Promise<T[]>;
}

export interface GuideRoster {
  date: string;
  guidesOnDuty: Record<string, string[]>;
}

export interface AvailabilityDeps {
  pool: Pool;
  rosterUrl: string;
}

async function loadRoster(url: string, date: string, signal: AbortSignal): Promise<GuideRoster> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const res = await fetch(`${url}?date=${date}`, { signal });
    if (res.ok) return (await res.json()) as GuideRoster;
    if (res.status !== 503) throw new Error(`guide roster: HTTP ${res.status}`);
    await sleep(150, undefined, { signal });
  }
  throw new Error('guide roster unavailable');
}

export function availabilityHandler(deps: AvailabilityDeps): (req: Request) => Promise<Response> {
  return async (req) => {
    const url = new URL(req.url);
    const date = url.searchParams.get('date');
    const party = Number(url.searchParams.get('party') ?? '1');
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !(party >= 1 && party <= 12)) {
      return Response.json({ error: 'date=YYYY-MM-DD and party=1..12 required' }, { status: 400 });
    }

    const [rows, roster] = await Promise.all([
      deps.pool.query<SlotRow>(
        'SELECT slot_start, route, capacity, booked FROM tour_slots WHERE slot_start::date = $1 ORDER BY slot_start',
        [date],
        { signal: req.signal },
      ),
      loadRoster(deps.rosterUrl, date, req.signal),
    ]);

    const open = rows
      .filter((r) => r.capacity - r.booked >= party)
      .filter((r) => (roster.guidesOnDuty[r.slot_start] ?? []).length > 0)
      .map((r) => ({
        start: r.slot_start,
        route: r.route,
        remaining: r.capacity - r.booked,
        guides: roster.guidesOnDuty[r.slot_start],
      }));

    return Response.json({ date, party, slots: open }, { headers: { 'cache-control': 'max-age=30' } });
  };
}
