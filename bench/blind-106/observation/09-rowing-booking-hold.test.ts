// expect: no-unobserved-promise
// In the expiry test the confirmation promise is stored, then the fake clock is advanced with an await so it rejects before expect(...).rejects attaches a handler, and Vitest reports an unhandled rejection that fails the run.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

class HoldExpiredError extends Error {
  constructor(readonly holdId: string) {
    super(`hold ${holdId} expired before it was confirmed`);
    this.name = 'HoldExpiredError';
  }
}

interface Hold {
  id: string;
  boatId: string;
  member: string;
}

interface Payments {
  charge(member: string, cents: number): Promise<string>;
}

class BookingService {
  private seq = 0;
  private readonly waiting = new Map<
    string,
    { resolve: (ref: string) => void; reject: (err: Error) => void; timer: NodeJS.Timeout }
  >();

  constructor(private readonly payments: Payments, private readonly holdMs = 15 * 60_000) {}

  async hold(boatId: string, member: string): Promise<Hold> {
    return { id: `H${++this.seq}`, boatId, member };
  }

  awaitConfirmation(holdId: string): Promise<string> {
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    const timer = setTimeout(() => {
      this.waiting.delete(holdId);
      reject(new HoldExpiredError(holdId));
    }, this.holdMs);
    this.waiting.set(holdId, { resolve, reject, timer });
    return promise;
  }

  async confirm(hold: Hold, cents: number): Promise<void> {
    const entry = this.waiting.get(hold.id);
    if (!entry) throw new HoldExpiredError(hold.id);
    clearTimeout(entry.timer);
    this.waiting.delete(hold.id);
    try {
      entry.resolve(await this.payments.charge(hold.member, cents));
    } catch (err) {
      entry.reject(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  }

  dispose(): void {
    for (const [holdId, { reject, timer }] of this.waiting) {
      clearTimeout(timer);
      reject(new Error(`booking service disposed with hold ${holdId} pending`));
    }
    this.waiting.clear();
  }
}

describe('BookingService holds', () => {
  let payments: { charge: ReturnType<typeof vi.fn<Payments['charge']>> };
  let service: BookingService;

  beforeEach(() => {
    vi.useFakeTimers();
    payments = { charge: vi.fn<Payments['charge']>().mockResolvedValue('pay_123') };
    service = new BookingService(payments);
  });

  afterEach(() => {
    service.dispose();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('resolves with the payment reference once confirmed', async () => {
    const hold = await service.hold('single-4', 'maren');
    const [ref] = await Promise.all([service.awaitConfirmation(hold.id), service.confirm(hold, 1_200)]);
    expect(ref).toBe('pay_123');
    expect(payments.charge).toHaveBeenCalledWith('maren', 1_200);
  });

  it('expires an unconfirmed hold after fifteen minutes', async () => {
    const hold = await service.hold('pair-1', 'joss');
    const confirmation = service.awaitConfirmation(hold.id);
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    await expect(confirmation).rejects.toBeInstanceOf(HoldExpiredError);
  });

  it('refuses to confirm an expired hold', async () => {
    const hold = await service.hold('quad-1', 'ola');
    await expect(service.confirm(hold, 900)).rejects.toThrow(/expired/);
    expect(payments.charge).not.toHaveBeenCalled();
  });
});
