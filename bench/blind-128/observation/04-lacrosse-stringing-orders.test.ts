// expect: no-floating-promises
// In the pocket-depth test the `expect(...).rejects.toThrow()` assertion is neither awaited nor returned, so the test finishes before the assertion runs and its outcome is dropped.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface StringingOrder {
  id: string;
  head: string;
  mesh: 'hard' | 'semi-soft' | 'soft';
  pocketDepthCm: number;
  shooters: number;
}

interface OrderStore {
  save(order: StringingOrder): Promise<void>;
  countOpen(stringer: string): Promise<number>;
}

class StringingOrderService {
  constructor(private readonly store: OrderStore, private readonly stringer: string, private readonly maxOpen = 12) {}

  async submit(order: StringingOrder): Promise<string> {
    if (order.pocketDepthCm > 6.35) {
      throw new RangeError(`pocket depth ${order.pocketDepthCm}cm exceeds the legal limit`);
    }
    if (order.shooters < 1 || order.shooters > 4) {
      throw new RangeError(`shooters must be 1-4, got ${order.shooters}`);
    }
    const open = await this.store.countOpen(this.stringer);
    if (open >= this.maxOpen) {
      throw new Error(`${this.stringer} has ${open} open orders`);
    }
    await this.store.save(order);
    return `${this.stringer}/${order.id}`;
  }
}

const baseOrder: StringingOrder = { id: 'LX-201', head: 'Evo 5', mesh: 'semi-soft', pocketDepthCm: 5.8, shooters: 3 };

describe('StringingOrderService.submit', () => {
  let store: { save: ReturnType<typeof vi.fn>; countOpen: ReturnType<typeof vi.fn> };
  let service: StringingOrderService;

  beforeEach(() => {
    store = {
      save: vi.fn().mockResolvedValue(undefined),
      countOpen: vi.fn().mockResolvedValue(2),
    };
    service = new StringingOrderService(store as unknown as OrderStore, 'mara');
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stores a legal order and returns its ticket', async () => {
    await expect(service.submit(baseOrder)).resolves.toBe('mara/LX-201');
    expect(store.save).toHaveBeenCalledWith(baseOrder);
  });

  it('refuses a pocket deeper than the legal limit', () => {
    expect(service.submit({ ...baseOrder, pocketDepthCm: 7.1 })).rejects.toThrow(RangeError);
    expect(store.save).not.toHaveBeenCalled();
  });

  it('refuses more than four shooters', async () => {
    await expect(service.submit({ ...baseOrder, shooters: 5 })).rejects.toThrow(/shooters must be 1-4/);
  });

  it('refuses when the stringer is at capacity', async () => {
    store.countOpen.mockResolvedValueOnce(12);
    await expect(service.submit(baseOrder)).rejects.toThrow('mara has 12 open orders');
    expect(store.save).not.toHaveBeenCalled();
  });
});
