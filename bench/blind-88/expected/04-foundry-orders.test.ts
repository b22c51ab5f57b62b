// expect: none
// expect(fn).rejects is given a function on purpose (vitest calls it), toHaveBeenCalled() takes the mock itself, and every other async call in the tests is invoked and awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BellOrder {
  orderId: string;
  tower: string;
  bells: Array<{ note: string; weightKg: number }>;
}

interface Furnace {
  reserve(kg: number): Promise<string>;
  release(reservationId: string): Promise<void>;
}

class FoundryScheduler {
  private readonly reservations = new Map<string, string>();

  constructor(private readonly furnace: Furnace, private readonly maxPourKg = 4_000) {}

  async schedule(order: BellOrder): Promise<string> {
    const total = order.bells.reduce((s, b) => s + b.weightKg, 0) * 1.1;
    if (total > this.maxPourKg) throw new Error(`order ${order.orderId} needs ${Math.round(total)} kg, over pour limit`);
    const reservation = await this.furnace.reserve(total);
    this.reservations.set(order.orderId, reservation);
    return reservation;
  }

  async cancel(orderId: string): Promise<boolean> {
    const reservation = this.reservations.get(orderId);
    if (!reservation) return false;
    this.reservations.delete(orderId);
    await this.furnace.release(reservation);
    return true;
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.reservations.keys()].map((id) => this.cancel(id)));
  }
}

const ring = (orderId: string, kg: number[]): BellOrder => ({
  orderId,
  tower: 'St Mary, Whitechapel',
  bells: kg.map((weightKg, i) => ({ note: String.fromCharCode(67 + i), weightKg })),
});

describe('FoundryScheduler', () => {
  let furnace: { reserve: ReturnType<typeof vi.fn<Furnace['reserve']>>; release: ReturnType<typeof vi.fn<Furnace['release']>> };
  let scheduler: FoundryScheduler;

  beforeEach(() => {
    furnace = {
      reserve: vi.fn<Furnace['reserve']>().mockResolvedValue('R-100'),
      release: vi.fn<Furnace['release']>().mockResolvedValue(undefined),
    };
    scheduler = new FoundryScheduler(furnace);
  });

  afterEach(async () => {
    await scheduler.shutdown();
    vi.clearAllMocks();
  });

  it('reserves furnace capacity for a ring of bells', async () => {
    await expect(scheduler.schedule(ring('O-1', [300, 350, 420]))).resolves.toBe('R-100');
    expect(furnace.reserve).toHaveBeenCalledWith(expect.closeTo(1177, 0));
  });

  it('rejects orders above the pour limit without reserving', async () => {
    await expect(() => scheduler.schedule(ring('O-2', [1500, 1800, 900]))).rejects.toThrow(/over pour limit/);
    expect(furnace.reserve).not.toHaveBeenCalled();
  });

  it('releases the reservation on cancel', async () => {
    await scheduler.schedule(ring('O-3', [200]));
    await expect(scheduler.cancel('O-3')).resolves.toBe(true);
    expect(furnace.release).toHaveBeenCalledWith('R-100');
  });

  it('surfaces furnace failures', async () => {
    furnace.reserve.mockRejectedValueOnce(new Error('furnace offline'));
    await expect(scheduler.schedule(ring('O-4', [250]))).rejects.toThrow('furnace offline');
  });
});
