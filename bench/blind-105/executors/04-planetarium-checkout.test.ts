// expect: none
// The fake gateway stores one Promise.withResolvers() deferred per charge and removes it from the map the moment a test approves or declines it, so every deferred settles exactly once and afterEach proves none is left dangling.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ChargeResult {
  authCode: string;
}

interface PaymentGateway {
  charge(orderId: string, cents: number): Promise<ChargeResult>;
}

class SeatHoldService {
  private holds = new Map<string, { seat: string; timer: ReturnType<typeof setTimeout> }>();
  private sold = new Set<string>();

  constructor(private readonly gateway: PaymentGateway, private readonly holdMs = 120_000) {}

  hold(orderId: string, seat: string): void {
    if (this.sold.has(seat) || this.isHeld(seat)) throw new Error(`seat ${seat} unavailable`);
    const timer = setTimeout(() => this.holds.delete(orderId), this.holdMs);
    this.holds.set(orderId, { seat, timer });
  }

  async checkout(orderId: string, cents: number): Promise<string> {
    const hold = this.holds.get(orderId);
    if (!hold) throw new Error(`hold ${orderId} expired`);
    try {
      const { authCode } = await this.gateway.charge(orderId, cents);
      this.sold.add(hold.seat);
      return authCode;
    } finally {
      clearTimeout(hold.timer);
      this.holds.delete(orderId);
    }
  }

  isHeld(seat: string): boolean {
    return [...this.holds.values()].some((h) => h.seat === seat);
  }

  isSold(seat: string): boolean {
    return this.sold.has(seat);
  }
  close(): void {
    for (const h of this.holds.values()) clearTimeout(h.timer);
    this.holds.clear();
  }
}

class FakeGateway implements PaymentGateway {
  private pending = new Map<string, PromiseWithResolvers<ChargeResult>>();

  readonly charge = vi.fn((orderId: string, _cents: number): Promise<ChargeResult> => {
    const deferred = Promise.withResolvers<ChargeResult>();
    this.pending.set(orderId, deferred);
    return deferred.promise;
  });

  get outstanding(): number {
    return this.pending.size;
  }

  approve(orderId: string, authCode: string): void {
    this.take(orderId).resolve({ authCode });
  }
  decline(orderId: string, reason: string): void {
    this.take(orderId).reject(new Error(reason));
  }

  private take(orderId: string): PromiseWithResolvers<ChargeResult> {
    const deferred = this.pending.get(orderId);
    if (!deferred) throw new Error(`no pending charge for ${orderId}`);
    this.pending.delete(orderId);
    return deferred;
  }
}

describe('SeatHoldService', () => {
  let gateway: FakeGateway;
  let service: SeatHoldService;

  beforeEach(() => {
    vi.useFakeTimers();
    gateway = new FakeGateway();
    service = new SeatHoldService(gateway, 60_000);
  });

  afterEach(() => {
    service.close();
    expect(gateway.outstanding).toBe(0);
    vi.useRealTimers();
  });

  it('sells the seat once the charge is approved', async () => {
    service.hold('ord-1', 'R7');
    const checkout = service.checkout('ord-1', 1850);
    gateway.approve('ord-1', 'AUTH-77');
    await expect(checkout).resolves.toBe('AUTH-77');
    expect(service.isSold('R7')).toBe(true);
  });

  it('releases the hold when the card is declined', async () => {
    service.hold('ord-2', 'R8');
    const checkout = service.checkout('ord-2', 1850);
    gateway.decline('ord-2', 'insufficient funds');
    await expect(checkout).rejects.toThrow('insufficient funds');
    expect(service.isHeld('R8')).toBe(false);
    expect(service.isSold('R8')).toBe(false);
  });

  it('expires an unpaid hold after the hold window', async () => {
    service.hold('ord-3', 'R9');
    vi.advanceTimersByTime(60_001);
    expect(service.isHeld('R9')).toBe(false);
    await expect(service.checkout('ord-3', 1850)).rejects.toThrow(/expired/);
    expect(gateway.charge).not.toHaveBeenCalled();
  });
});
