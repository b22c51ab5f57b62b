// expect: none
// Every queued deferred is settled: found bookings resolve, missing references resolve null, and a failed query or bad row rejects the whole chunk.
export interface BookingRow {
  ref: string;
  sailing_id: string;
  passengers: number;
  vehicle_class: 'none' | 'car' | 'van' | 'coach' | 'hgv';
  status: 'held' | 'paid' | 'checked-in' | 'cancelled';
}

export interface Booking {
  ref: string;
  sailingId: string;
  passengers: number;
  vehicleClass: BookingRow['vehicle_class'];
  status: BookingRow['status'];
}

declare const ticketingDb: {
  bookingsByRef(refs: readonly string[]): Promise<BookingRow[]>;
};

interface Waiter {
  resolve(booking: Booking | null): void;
  reject(reason: unknown): void;
}

function toBooking(row: BookingRow): Booking {
  if (row.passengers < 0) throw new Error(`booking ${row.ref} has a negative passenger count`);
  return {
    ref: row.ref,
    sailingId: row.sailing_id,
    passengers: row.passengers,
    vehicleClass: row.vehicle_class,
    status: row.status,
  };
}

/** Batches booking lookups made in the same tick into one query per chunk. */
export class BookingLoader {
  private pending = new Map<string, Waiter[]>();
  private scheduled = false;

  constructor(private readonly maxBatch = 250) {}

  load(ref: string): Promise<Booking | null> {
    const key = ref.trim().toUpperCase();
    return new Promise<Booking | null>((resolve, reject) => {
      const waiters = this.pending.get(key);
      if (waiters) {
        waiters.push({ resolve, reject });
      } else {
        this.pending.set(key, [{ resolve, reject }]);
      }
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => this.dispatch());
      }
    });
  }

  private dispatch(): void {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;

    const refs = [...batch.keys()];
    for (let i = 0; i < refs.length; i += this.maxBatch) {
      void this.flush(refs.slice(i, i + this.maxBatch), batch);
    }
  }

  private async flush(refs: string[], batch: Map<string, Waiter[]>): Promise<void> {
    const found = new Map<string, Booking>();
    try {
      for (const row of await ticketingDb.bookingsByRef(refs)) {
        found.set(row.ref.toUpperCase(), toBooking(row));
      }
    } catch (err) {
      for (const ref of refs) {
        for (const waiter of batch.get(ref) ?? []) waiter.reject(err);
      }
      return;
    }
    for (const ref of refs) {
      const booking = found.get(ref) ?? null;
      for (const waiter of batch.get(ref) ?? []) waiter.resolve(booking);
    }
  }
}

export async function vehicleDeckLoad(loader: BookingLoader, refs: string[]): Promise<Record<string, number>> {
  const load: Record<string, number> = {};
  const bookings = await Promise.all(refs.map((ref) => loader.load(ref)));
  for (const booking of bookings) {
    if (!booking || booking.status === 'cancelled' || booking.vehicleClass === 'none') continue;
    load[booking.vehicleClass] = (load[booking.vehicleClass] ?? 0) + 1;
  }
  return load;
}
