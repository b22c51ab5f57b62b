// expect: none
// In-flight roster loads are deliberately cached as promises and always awaited before their values are used.
import { EventEmitter } from 'node:events';

export interface DriverShift {
  driverId: string;
  route: string;
  startsAt: string;
  endsAt: string;
}

export interface Roster {
  depot: string;
  date: string;
  shifts: DriverShift[];
}

declare function fetchRosterFromHr(depot: string, date: string, signal: AbortSignal): Promise<Roster>;
declare const depotBoard: { publish(depot: string, lines: string[]): Promise<void> };

export class RosterCache extends EventEmitter {
  private readonly inflight = new Map<string, Promise<Roster>>();
  private readonly settled = new Map<string, Roster>();

  constructor(private readonly timeoutMs = 8_000) {
    super();
  }

  private key(depot: string, date: string): string {
    return `${depot}:${date}`;
  }

  private load(depot: string, date: string): Promise<Roster> {
    const key = this.key(depot, date);
    const signal = AbortSignal.timeout(this.timeoutMs);
    const pending = fetchRosterFromHr(depot, date, signal)
      .then((roster) => {
        this.settled.set(key, roster);
        this.emit('loaded', key, roster.shifts.length);
        return roster;
      })
      .finally(() => {
        this.inflight.delete(key);
      });
    this.inflight.set(key, pending);
    return pending;
  }

  async get(depot: string, date: string): Promise<Roster> {
    const key = this.key(depot, date);
    const cached = this.settled.get(key);
    if (cached) return cached;
    // Share one request between concurrent callers asking for the same depot/day.
    const pending = this.inflight.get(key) ?? this.load(depot, date);
    return await pending;
  }

  invalidate(depot: string, date: string): void {
    this.settled.delete(this.key(depot, date));
  }
}

export async function publishMorningBoard(cache: RosterCache, depot: string, date: string): Promise<void> {
  const roster = await cache.get(depot, date);
  const byRoute = new Map<string, DriverShift[]>();
  for (const shift of roster.shifts) {
    const list = byRoute.get(shift.route) ?? [];
    list.push(shift);
    byRoute.set(shift.route, list);
  }

  const lines = [...byRoute.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, shifts]) => {
      const first = shifts.reduce((min, s) => (s.startsAt < min ? s.startsAt : min), shifts[0].startsAt);
      return `Route ${route}: ${shifts.length} driver(s), first out ${first}`;
    });

  if (lines.length === 0) {
    lines.push(`No shifts rostered at ${depot} for ${date}`);
  }
  await depotBoard.publish(depot, lines);
}
