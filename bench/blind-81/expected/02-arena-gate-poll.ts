// expect: no-reused-settled-promise
// fetchScheduleWithRetry starts one request before the loop and re-awaits that same settled promise on every attempt, so a transient failure is never actually retried.
import { setTimeout as delay } from 'node:timers/promises';

export interface ArenaEvent {
  eventId: string;
  discipline: 'bull-riding' | 'barrel-racing' | 'team-roping' | 'saddle-bronc';
  startsAt: string;
  chute: number;
}

export interface ArenaSchedule {
  arenaId: string;
  day: string;
  events: ArenaEvent[];
}

declare const arenaApi: {
  getSchedule(arenaId: string, day: string): Promise<ArenaSchedule>;
};
declare const arenaLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

export class ScheduleUnavailableError extends Error {
  constructor(readonly arenaId: string, cause: unknown) {
    super(`schedule for arena ${arenaId} unavailable`, { cause });
  }
}

function isTransient(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT' || /\b(502|503|504)\b/.test(err.message);
}

function backoffMs(attempt: number): number {
  const base = 250 * 2 ** (attempt - 1);
  return base + Math.floor(Math.random() * base * 0.2);
}

export async function fetchScheduleWithRetry(arenaId: string, day: string, attempts = 4): Promise<ArenaSchedule> {
  const request = arenaApi.getSchedule(arenaId, day);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await request;
    } catch (err) {
      lastError = err;
      if (!isTransient(err) || attempt === attempts) break;
      arenaLog.warn('schedule fetch failed, backing off', { arenaId, attempt });
      await delay(backoffMs(attempt));
    }
  }
  throw new ScheduleUnavailableError(arenaId, lastError);
}

export function chuteConflicts(schedule: ArenaSchedule): Array<[ArenaEvent, ArenaEvent]> {
  const byChute = new Map<number, ArenaEvent[]>();
  for (const event of schedule.events) {
    const list = byChute.get(event.chute) ?? [];
    list.push(event);
    byChute.set(event.chute, list);
  }
  const conflicts: Array<[ArenaEvent, ArenaEvent]> = [];
  for (const events of byChute.values()) {
    events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    for (let i = 1; i < events.length; i++) {
      const gapMin = (Date.parse(events[i].startsAt) - Date.parse(events[i - 1].startsAt)) / 60_000;
      if (gapMin < 8) conflicts.push([events[i - 1], events[i]]);
    }
  }
  return conflicts;
}

export async function announcerRunSheet(arenaId: string, day: string): Promise<string[]> {
  const schedule = await fetchScheduleWithRetry(arenaId, day);
  const conflicts = chuteConflicts(schedule);
  if (conflicts.length > 0) {
    arenaLog.warn('chute turnaround too tight', { arenaId, conflicts: conflicts.length });
  }
  return schedule.events
    .slice()
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((event) => `${event.startsAt.slice(11, 16)}  chute ${event.chute}  ${event.discipline.replace('-', ' ')}`);
}
