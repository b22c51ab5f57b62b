// expect: no-floating-promises
// The finally block calls the async locks.release without awaiting or handling it, so a failed release is an unhandled rejection and the caller returns before the lock is freed.
export interface LockHandle {
  key: string;
  token: string;
}

export interface LockService {
  acquire(key: string, ttlMs: number): Promise<LockHandle>;
  release(handle: LockHandle): Promise<void>;
}

export interface BookingRepo {
  findHold(holdId: string): Promise<{ hutId: string; nights: string[]; party: number; expiresAt: Date } | null>;
  bedsFree(hutId: string, night: string): Promise<number>;
  confirm(holdId: string, guestEmail: string): Promise<string>;
}

export interface Confirmation {
  bookingRef: string;
  hutId: string;
  nights: string[];
}

export class BookingError extends Error {
  constructor(message: string, readonly code: 'expired' | 'missing' | 'full') {
    super(message);
    this.name = 'BookingError';
  }
}

export class BookingConfirmer {
  constructor(
    private readonly repo: BookingRepo,
    private readonly locks: LockService,
  ) {}

  async confirm(holdId: string, guestEmail: string): Promise<Confirmation> {
    const hold = await this.repo.findHold(holdId);
    if (!hold) throw new BookingError(`hold ${holdId} not found`, 'missing');
    if (hold.expiresAt.getTime() < Date.now()) {
      throw new BookingError(`hold ${holdId} expired`, 'expired');
    }

    const lock = await this.locks.acquire(`hut:${hold.hutId}`, 10_000);
    try {
      for (const night of hold.nights) {
        const free = await this.repo.bedsFree(hold.hutId, night);
        if (free < hold.party) {
          throw new BookingError(`${hold.hutId} full on ${night}`, 'full');
        }
      }
      const bookingRef = await this.repo.confirm(holdId, guestEmail);
      return { bookingRef, hutId: hold.hutId, nights: hold.nights };
    } finally {
      this.locks.release(lock);
    }
  }

  async confirmMany(requests: Array<{ holdId: string; email: string }>): Promise<Confirmation[]> {
    const done: Confirmation[] = [];
    for (const req of requests) {
      done.push(await this.confirm(req.holdId, req.email));
    }
    return done;
  }
}
