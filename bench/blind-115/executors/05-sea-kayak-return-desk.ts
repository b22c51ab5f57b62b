// expect: none
// Each return waiter is removed from the map before it is settled, so check-in, cancellation and desk closure can each settle a given deferred only once.
export interface ReturnedKayak {
  kayakId: string;
  renterName: string;
  returnedAt: Date;
  damageNoted: boolean;
}

interface ReturnWaiter {
  resolve: (kayak: ReturnedKayak) => void;
  reject: (err: Error) => void;
}

export class RentalCancelledError extends Error {
  constructor(readonly kayakId: string) {
    super(`rental for kayak ${kayakId} was cancelled`);
    this.name = 'RentalCancelledError';
  }
}

export class ReturnDesk {
  private readonly waiting = new Map<string, ReturnWaiter[]>();
  private closed = false;

  waitForReturn(kayakId: string): Promise<ReturnedKayak> {
    if (this.closed) {
      return Promise.reject(new Error('return desk is closed for the day'));
    }
    const { promise, resolve, reject } = Promise.withResolvers<ReturnedKayak>();
    const list = this.waiting.get(kayakId) ?? [];
    list.push({ resolve, reject });
    this.waiting.set(kayakId, list);
    return promise;
  }

  checkIn(kayakId: string, renterName: string, damageNoted: boolean): number {
    const list = this.take(kayakId);
    const record: ReturnedKayak = { kayakId, renterName, returnedAt: new Date(), damageNoted };
    for (const waiter of list) {
      waiter.resolve(record);
    }
    return list.length;
  }

  cancelRental(kayakId: string): void {
    for (const waiter of this.take(kayakId)) {
      waiter.reject(new RentalCancelledError(kayakId));
    }
  }

  closeForDay(): void {
    this.closed = true;
    const all = [...this.waiting.entries()];
    this.waiting.clear();
    for (const [kayakId, list] of all) {
      for (const waiter of list) {
        waiter.reject(new Error(`desk closed before kayak ${kayakId} was returned`));
      }
    }
  }

  outstanding(): string[] {
    return [...this.waiting.keys()].sort();
  }

  private take(kayakId: string): ReturnWaiter[] {
    const list = this.waiting.get(kayakId) ?? [];
    this.waiting.delete(kayakId);
    return list;
  }
}
