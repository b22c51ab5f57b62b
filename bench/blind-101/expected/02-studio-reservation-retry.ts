// expect: no-reused-settled-promise
// reserveWithRetry() starts the reservation once and the retry loop re-awaits that same rejected promise, so every "retry" fails instantly with the original conflict and no second reservation attempt is ever sent to the studio system.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StudioSystem {
  reserve(studio: string, startIso: string, minutes: number, company: string): Promise<{ reservationId: string }>;
}

export class ReservationConflict extends Error {
  constructor(readonly studio: string, readonly heldBy: string) {
    super(`${studio} is held by ${heldBy}`);
    this.name = 'ReservationConflict';
  }
}

export interface RehearsalSlot {
  studio: string;
  startIso: string;
  minutes: number;
  company: string;
}

export class RehearsalBooker {
  constructor(
    private readonly studios: StudioSystem,
    private readonly attempts = 4,
    private readonly backoffMs = 750,
  ) {}

  async reserveWithRetry(slot: RehearsalSlot): Promise<string> {
    const booking = this.studios.reserve(slot.studio, slot.startIso, slot.minutes, slot.company);
    let lastConflict: ReservationConflict | undefined;

    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        const { reservationId } = await booking;
        return reservationId;
      } catch (err) {
        if (!(err instanceof ReservationConflict)) throw err;
        lastConflict = err;
        await sleep(this.backoffMs * attempt);
      }
    }
    throw new Error(`gave up on ${slot.studio} after ${this.attempts} attempts`, { cause: lastConflict });
  }

  async bookWeek(slots: RehearsalSlot[]): Promise<Map<RehearsalSlot, string | Error>> {
    const outcome = new Map<RehearsalSlot, string | Error>();
    for (const slot of slots) {
      try {
        outcome.set(slot, await this.reserveWithRetry(slot));
      } catch (err) {
        outcome.set(slot, err instanceof Error ? err : new Error(String(err)));
      }
    }
    return outcome;
  }
}
