// expect: no-multiple-settle
// The nextEvent waiter only listens for the awaited event and never for 'error', so when the desk reports a flooded cave or a feed failure the waiter can never settle and the test hangs until the runner kills it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface CaveConditions {
  caveId: string;
  meltwaterCm: number;
  co2Ppm: number;
}

interface Confirmation {
  bookingId: string;
  caveId: string;
}

class TourDesk extends EventEmitter {
  private readonly holds = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly latest: (caveId: string) => Promise<CaveConditions>,
    private readonly holdMs: number,
  ) {
    super();
  }

  hold(bookingId: string, caveId: string): void {
    const timer = setTimeout(() => {
      this.holds.delete(bookingId);
      this.latest(caveId).then(
        (c) => {
          if (c.meltwaterCm > 40) this.emit('error', new Error(`${caveId} is flooded`));
          else this.emit('confirmed', { bookingId, caveId } satisfies Confirmation);
        },
        (err: unknown) => this.emit('error', err),
      );
    }, this.holdMs);
    this.holds.set(bookingId, timer);
  }

  pending(): number {
    return this.holds.size;
  }

  close(): void {
    for (const timer of this.holds.values()) clearTimeout(timer);
    this.holds.clear();
  }
}

function nextEvent<T>(emitter: EventEmitter, name: string): Promise<T> {
  return new Promise<T>((resolve) => {
    emitter.once(name, (payload: T) => resolve(payload));
  });
}

describe('TourDesk', () => {
  const latest = vi.fn<(caveId: string) => Promise<CaveConditions>>();
  let desk: TourDesk;

  beforeEach(() => {
    vi.useFakeTimers();
    latest.mockReset();
    desk = new TourDesk(latest, 5_000);
  });

  afterEach(() => {
    desk.close();
    desk.removeAllListeners();
    vi.useRealTimers();
  });

  it('confirms a hold once the cave is dry', async () => {
    latest.mockResolvedValue({ caveId: 'blue-ice', meltwaterCm: 12, co2Ppm: 610 });
    desk.hold('b-1', 'blue-ice');

    const [confirmation] = await Promise.all([
      nextEvent<Confirmation>(desk, 'confirmed'),
      vi.advanceTimersByTimeAsync(5_000),
    ]);

    expect(confirmation).toEqual({ bookingId: 'b-1', caveId: 'blue-ice' });
    expect(latest).toHaveBeenCalledWith('blue-ice');
    expect(desk.pending()).toBe(0);
  });

  it('keeps the hold open until the timer fires', async () => {
    latest.mockResolvedValue({ caveId: 'moulin-3', meltwaterCm: 5, co2Ppm: 480 });
    desk.hold('b-2', 'moulin-3');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(latest).not.toHaveBeenCalled();
    expect(desk.pending()).toBe(1);
  });

  it('reports a flooded cave as an error', async () => {
    latest.mockResolvedValue({ caveId: 'moulin-3', meltwaterCm: 55, co2Ppm: 480 });
    desk.hold('b-3', 'moulin-3');

    const [[err]] = await Promise.all([once(desk, 'error'), vi.advanceTimersByTimeAsync(5_000)]);

    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/flooded/);
  });
});
