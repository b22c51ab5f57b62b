// expect: no-reused-settled-promise
// waitForStatus takes one api.status() promise and re-awaits it on every poll, so it keeps seeing the first 'pending' answer and the test times out even though the booking was confirmed on the next check.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type BookingStatus = 'pending' | 'confirmed' | 'cancelled';

interface BoatBooking {
  id: string;
  boatId: string;
  member: string;
  status: BookingStatus;
}

interface ClubBackend {
  confirmSlot(boatId: string): Promise<boolean>;
}

class RentalApi {
  private readonly bookings = new Map<string, BoatBooking>();
  private seq = 0;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly backend: ClubBackend, private readonly confirmDelayMs = 2_000) {}

  async book(boatId: string, member: string): Promise<BoatBooking> {
    const booking: BoatBooking = { id: `B${++this.seq}`, boatId, member, status: 'pending' };
    this.bookings.set(booking.id, booking);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.backend.confirmSlot(boatId).then(
        (ok) => {
          booking.status = ok ? 'confirmed' : 'cancelled';
        },
        () => {
          booking.status = 'cancelled';
        },
      );
    }, this.confirmDelayMs);
    this.timers.add(timer);
    return { ...booking };
  }

  async status(id: string): Promise<BookingStatus> {
    const b = this.bookings.get(id);
    if (!b) throw new Error(`no booking ${id}`);
    return b.status;
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

async function waitForStatus(api: RentalApi, id: string, want: BookingStatus, polls = 10): Promise<void> {
  const current = api.status(id);
  for (let i = 0; i < polls; i++) {
    if ((await current) === want) return;
    await vi.advanceTimersByTimeAsync(1_000);
  }
  throw new Error(`booking ${id} never reached ${want}`);
}

describe('RentalApi bookings', () => {
  let backend: { confirmSlot: ReturnType<typeof vi.fn<ClubBackend['confirmSlot']>> };
  let api: RentalApi;

  beforeEach(() => {
    vi.useFakeTimers();
    backend = { confirmSlot: vi.fn<ClubBackend['confirmSlot']>().mockResolvedValue(true) };
    api = new RentalApi(backend);
  });

  afterEach(() => {
    api.close();
    vi.useRealTimers();
  });

  it('starts every booking as pending', async () => {
    const booking = await api.book('single-1', 'edda');
    expect(booking.status).toBe('pending');
    await expect(api.status(booking.id)).resolves.toBe('pending');
  });

  it('confirms once the club backend accepts the slot', async () => {
    const booking = await api.book('eight-1', 'crew-b');
    await waitForStatus(api, booking.id, 'confirmed');
    expect(backend.confirmSlot).toHaveBeenCalledWith('eight-1');
  });

  it('cancels when the backend refuses', async () => {
    backend.confirmSlot.mockResolvedValueOnce(false);
    const booking = await api.book('pair-2', 'sune');
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(api.status(booking.id)).resolves.toBe('cancelled');
  });
});
