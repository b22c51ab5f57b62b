// expect: none
// Each test attaches the rejects/resolves assertion to the reservation promise before advancing fake timers, so the stored promise already has a handler when it settles during the timer advance.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Reservation {
  sku: string;
  renter: string;
  from: string;
  to: string;
}

interface InventoryApi {
  hold(sku: string, from: string, to: string, signal: AbortSignal): Promise<{ holdId: string }>;
  release(holdId: string): Promise<void>;
}

class ReservationClient {
  private readonly holds = new Set<string>();

  constructor(
    private readonly api: InventoryApi,
    private readonly timeoutMs = 2000,
  ) {}

  async reserve(r: Reservation): Promise<string> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`hold for ${r.sku} timed out`)), this.timeoutMs);
    try {
      const { holdId } = await this.api.hold(r.sku, r.from, r.to, controller.signal);
      this.holds.add(holdId);
      return holdId;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const ids = [...this.holds];
    this.holds.clear();
    await Promise.all(ids.map((id) => this.api.release(id)));
  }
}

const booking: Reservation = { sku: 'MARIONETTE-07', renter: 'Hollow Oak Theatre', from: '2025-03-01', to: '2025-03-08' };

describe('ReservationClient', () => {
  let api: { hold: ReturnType<typeof vi.fn>; release: ReturnType<typeof vi.fn> };
  let client: ReservationClient;

  beforeEach(() => {
    vi.useFakeTimers();
    api = {
      hold: vi.fn(
        (sku: string, _from: string, _to: string, signal: AbortSignal) =>
          new Promise((resolve, reject) => {
            const t = setTimeout(() => resolve({ holdId: `H-${sku}` }), 500);
            signal.addEventListener('abort', () => {
              clearTimeout(t);
              reject(signal.reason);
            }, { once: true });
          }),
      ),
      release: vi.fn(async () => undefined),
    };
    client = new ReservationClient(api as unknown as InventoryApi);
  });

  afterEach(async () => {
    await client.close();
    vi.useRealTimers();
  });

  it('returns the hold id once inventory answers', async () => {
    const assertion = expect(client.reserve(booking)).resolves.toBe('H-MARIONETTE-07');
    await vi.advanceTimersByTimeAsync(500);
    await assertion;
    expect(api.hold).toHaveBeenCalledWith('MARIONETTE-07', '2025-03-01', '2025-03-08', expect.any(AbortSignal));
  });

  it('gives up when inventory hangs past the timeout', async () => {
    api.hold.mockImplementationOnce(
      (_sku: string, _from: string, _to: string, signal: AbortSignal) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
    );
    const assertion = expect(client.reserve(booking)).rejects.toThrow('timed out');
    await vi.advanceTimersByTimeAsync(2000);
    await assertion;
  });

  it('releases held puppets when the client closes', async () => {
    const assertion = expect(client.reserve(booking)).resolves.toBe('H-MARIONETTE-07');
    await vi.advanceTimersByTimeAsync(500);
    await assertion;
    await client.close();
    expect(api.release).toHaveBeenCalledWith('H-MARIONETTE-07');
  });
});
