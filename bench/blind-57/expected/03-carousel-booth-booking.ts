// expect: no-reused-settled-promise
// Bug: reserveBooth starts paintBooths.reserve() once and re-awaits that same settled promise on every retry, so a failed reservation is never actually re-attempted.
import { setTimeout as delay } from 'node:timers/promises';

declare const paintBooths: {
  reserve(request: BoothRequest): Promise<BoothReservation>;
  cancel(reservationId: string): Promise<void>;
};

declare const horseCatalogue: {
  get(horseId: string): Promise<{ horseId: string; row: 'outer' | 'middle' | 'inner'; coats: number }>;
};

export interface BoothRequest {
  horseId: string;
  painterId: string;
  hours: number;
  ventilation: 'standard' | 'solvent';
}

export interface BoothReservation {
  reservationId: string;
  boothId: string;
  startsAt: string;
}

export class BoothBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('all paint booths are busy');
    this.name = 'BoothBusyError';
  }
}

const MAX_ATTEMPTS = 4;

async function reserveBooth(request: BoothRequest): Promise<BoothReservation> {
  const attempt = paintBooths.reserve(request);
  let backoffMs = 2_000;
  for (let i = 1; i <= MAX_ATTEMPTS; i++) {
    try {
      return await attempt;
    } catch (err) {
      if (!(err instanceof BoothBusyError) || i === MAX_ATTEMPTS) throw err;
      backoffMs = Math.max(backoffMs * 2, err.retryAfterMs);
      await delay(backoffMs);
    }
  }
  throw new Error('unreachable');
}

function hoursFor(row: 'outer' | 'middle' | 'inner', coats: number): number {
  const base = row === 'outer' ? 6 : row === 'middle' ? 4.5 : 3;
  return Math.ceil(base * coats * 0.75);
}

export interface RestorationSlot {
  horseId: string;
  reservation: BoothReservation;
  hours: number;
}

export async function scheduleRestoration(painterId: string, horseIds: string[]): Promise<RestorationSlot[]> {
  const slots: RestorationSlot[] = [];
  try {
    for (const horseId of horseIds) {
      const horse = await horseCatalogue.get(horseId);
      const hours = hoursFor(horse.row, horse.coats);
      const reservation = await reserveBooth({
        horseId,
        painterId,
        hours,
        ventilation: horse.coats > 3 ? 'solvent' : 'standard',
      });
      slots.push({ horseId, reservation, hours });
    }
  } catch (err) {
    await Promise.all(slots.map((s) => paintBooths.cancel(s.reservation.reservationId)));
    throw err;
  }
  return slots;
}
