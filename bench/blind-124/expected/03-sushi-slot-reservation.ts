// expect: no-reused-settled-promise
// withRetry takes the reservation promise itself and re-awaits that same settled promise on every attempt, so after the first failure it just re-reads the same rejection instead of asking the belt again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlotReservation {
  lane: number;
  slot: number;
  plateCount: number;
  expiresAt: number;
}

export interface BeltScheduler {
  reserve(lane: number, plateCount: number): Promise<SlotReservation>;
  release(lane: number, slot: number): Promise<void>;
}

export class BeltBusyError extends Error {
  constructor(readonly lane: number) {
    super(`lane ${lane} has no free slot right now`);
    this.name = 'BeltBusyError';
  }
}

function isTransient(err: unknown): boolean {
  return err instanceof BeltBusyError || (err instanceof Error && /ECONNRESET|ETIMEDOUT/.test(err.message));
}

export async function withRetry<T>(operation: Promise<T>, attempts = 4, backoffMs = 250): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation;
    } catch (err) {
      if (attempt >= attempts || !isTransient(err)) throw err;
      await sleep(backoffMs * attempt);
    }
  }
}

export class PlateLauncher {
  private readonly held = new Map<string, SlotReservation>();

  constructor(private readonly scheduler: BeltScheduler) {}

  async reserveForTicket(ticketId: string, lane: number, plateCount: number): Promise<SlotReservation> {
    const existing = this.held.get(ticketId);
    if (existing && existing.expiresAt > Date.now()) return existing;

    const reservation = await withRetry(this.scheduler.reserve(lane, plateCount));
    this.held.set(ticketId, reservation);
    return reservation;
  }

  async cancelTicket(ticketId: string): Promise<void> {
    const r = this.held.get(ticketId);
    if (!r) return;
    this.held.delete(ticketId);
    await this.scheduler.release(r.lane, r.slot);
  }

  expired(now = Date.now()): string[] {
    return [...this.held].filter(([, r]) => r.expiresAt <= now).map(([id]) => id);
  }
}
