// expect: no-reused-settled-promise
// The retry loop re-awaits the single reservation promise created before the loop, so after a RinkBusyError every later attempt just re-reads the same rejection.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlotRequest {
  rinkId: string;
  start: Date;
  durationMinutes: number;
  team: string;
}

export interface Reservation {
  id: string;
  rinkId: string;
  start: string;
  end: string;
  resurfaceAfter: boolean;
}

declare const rinkApi: {
  reserve(req: { rink: string; from: string; to: string; holder: string }): Promise<Reservation>;
  release(id: string): Promise<void>;
};

export class RinkBusyError extends Error {
  constructor(public readonly retryAfterMs: number) {
    super('rink is being resurfaced or held by another booking');
    this.name = 'RinkBusyError';
  }
}

const MAX_ATTEMPTS = 4;
const MAX_BACKOFF_MS = 2_000;

type Logger = Pick<Console, 'info' | 'warn'>;

function toWindow(req: SlotRequest): { from: string; to: string } {
  const end = new Date(req.start.getTime() + req.durationMinutes * 60_000);
  return { from: req.start.toISOString(), to: end.toISOString() };
}

export async function reserveIceTime(req: SlotRequest, log: Logger = console): Promise<Reservation> {
  const window = toWindow(req);
  const pending = rinkApi.reserve({ rink: req.rinkId, holder: req.team, ...window });

  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const reservation = await pending;
      log.info(`reserved ${reservation.rinkId} for ${req.team} (${reservation.start} - ${reservation.end})`);
      return reservation;
    } catch (err) {
      lastError = err;
      if (!(err instanceof RinkBusyError)) throw err;
      const delay = Math.min(err.retryAfterMs, MAX_BACKOFF_MS) * attempt;
      log.warn(`rink ${req.rinkId} busy, attempt ${attempt}/${MAX_ATTEMPTS}, waiting ${delay}ms`);
      await sleep(delay);
    }
  }
  throw new Error(`could not reserve ${req.rinkId} after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

/**
 * Books a recurring weekly practice slot for a whole season. If any week
 * fails, the weeks already booked are released so the team isn't left with
 * a partial schedule.
 */
export async function bookSeason(base: SlotRequest, weeks: number, log: Logger = console): Promise<Reservation[]> {
  const booked: Reservation[] = [];
  try {
    for (let week = 0; week < weeks; week++) {
      const start = new Date(base.start.getTime() + week * 7 * 24 * 60 * 60_000);
      booked.push(await reserveIceTime({ ...base, start }, log));
    }
    return booked;
  } catch (err) {
    await Promise.allSettled(booked.map((r) => rinkApi.release(r.id)));
    throw err;
  }
}
