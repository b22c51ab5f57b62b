// expect: none
// Each retry iteration calls keeper.requestSlot() again and the .catch fallback makes a brand-new call to the neighbouring lock, so every attempt awaits a fresh promise rather than re-awaiting one that already rejected.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlotRequest {
  boat: string;
  lock: string;
  direction: 'up' | 'down';
  earliest: Date;
}

export interface LockSlot {
  lock: string;
  slotId: string;
  opensAt: Date;
}

export interface LockKeeperApi {
  requestSlot(req: SlotRequest): Promise<LockSlot>;
}

export class SlotBusy extends Error {
  constructor(readonly lock: string, readonly retryAfterMs: number) {
    super(`lock ${lock} has no free slot right now`);
    this.name = 'SlotBusy';
  }
}

export class LockSlotBooking {
  constructor(
    private readonly keepers: Map<string, LockKeeperApi>,
    private readonly flightOf: Map<string, string>,
    private readonly maxAttempts = 5,
  ) {}

  private keeperFor(lock: string): LockKeeperApi {
    const keeper = this.keepers.get(lock);
    if (!keeper) throw new Error(`no keeper registered for lock ${lock}`);
    return keeper;
  }

  async book(req: SlotRequest): Promise<LockSlot> {
    const keeper = this.keeperFor(req.lock);
    for (let attempt = 1; ; attempt++) {
      try {
        return await keeper.requestSlot(req);
      } catch (err) {
        if (!(err instanceof SlotBusy) || attempt >= this.maxAttempts) throw err;
        await sleep(Math.min(err.retryAfterMs, 60_000));
      }
    }
  }

  bookWithinFlight(req: SlotRequest): Promise<LockSlot> {
    const neighbour = this.flightOf.get(req.lock);
    const attempt = this.book(req);
    if (!neighbour) return attempt;
    return attempt.catch((err: unknown) => {
      if (!(err instanceof SlotBusy)) throw err;
      return this.book({ ...req, lock: neighbour });
    });
  }
}
