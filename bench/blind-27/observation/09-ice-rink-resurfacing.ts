// expect: none
// The brine-temperature and booking requests are started together and awaited through a single Promise.all, so both rejections are handled.
import { setTimeout as delay } from 'node:timers/promises';

export interface BrineReading {
  rinkId: string;
  supplyTempC: number;
  returnTempC: number;
}

export interface IceBooking {
  rinkId: string;
  startsAt: Date;
  endsAt: Date;
  group: string;
}

export interface ResurfacePlan {
  rinkId: string;
  startAt: Date;
  waterTempC: number;
  passes: number;
}

declare const plantRoom: {
  readBrine(rinkId: string, signal?: AbortSignal): Promise<BrineReading>;
};

declare const bookings: {
  upcoming(rinkId: string, from: Date, signal?: AbortSignal): Promise<IceBooking[]>;
};

const RESURFACE_MINUTES = 12;
const SETTLE_MINUTES = 8;

export async function planResurface(rinkId: string, now = new Date()): Promise<ResurfacePlan | null> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 10_000);

  try {
    const [brine, upcoming] = await Promise.all([
      readBrineWithRetry(rinkId, controller.signal),
      bookings.upcoming(rinkId, now, controller.signal),
    ]);

    const slot = findGap(upcoming, now, RESURFACE_MINUTES + SETTLE_MINUTES);
    if (!slot) {
      return null;
    }

    // Warmer ice needs a colder flood so it bonds without softening the slab.
    const delta = brine.returnTempC - brine.supplyTempC;
    const waterTempC = brine.returnTempC > -5 ? 45 : 60;
    const passes = delta > 2.5 ? 2 : 1;

    return { rinkId, startAt: slot, waterTempC, passes };
  } finally {
    clearTimeout(timeout);
  }
}

async function readBrineWithRetry(rinkId: string, signal: AbortSignal, attempts = 3): Promise<BrineReading> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await plantRoom.readBrine(rinkId, signal);
    } catch (err) {
      lastError = err;
      await delay(500 * 2 ** i, undefined, { signal });
    }
  }
  throw lastError;
}

function findGap(upcoming: IceBooking[], from: Date, minutesNeeded: number): Date | null {
  const sorted = [...upcoming].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  let cursor = from.getTime();
  for (const booking of sorted) {
    if (booking.startsAt.getTime() - cursor >= minutesNeeded * 60_000) {
      return new Date(cursor);
    }
    cursor = Math.max(cursor, booking.endsAt.getTime());
  }
  return new Date(cursor);
}
