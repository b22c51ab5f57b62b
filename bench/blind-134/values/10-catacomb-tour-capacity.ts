// expect: none
// All comparisons, fallbacks and message strings use the awaited results of the async capacity and headcount lookups, never the promises themselves.
export interface TourSlot {
  id: string;
  route: 'ossuary' | 'crypt-chapel' | 'deep-galleries';
  startsAt: Date;
}

export interface CapacityService {
  /** Null when the air-quality sensors have not reported for this gallery yet. */
  maxVisitors(route: TourSlot['route']): Promise<number | null>;
}

export interface BookingLedger {
  headcount(slotId: string): Promise<number>;
  hold(slotId: string, party: number, lead: string): Promise<string>;
}

export interface Notifier {
  post(channel: string, text: string): Promise<void>;
}

const DEFAULT_CAPACITY: Record<TourSlot['route'], number> = {
  ossuary: 25,
  'crypt-chapel': 15,
  'deep-galleries': 8,
};

export class TourCapacity {
  constructor(
    private readonly capacity: CapacityService,
    private readonly ledger: BookingLedger,
    private readonly notifier: Notifier,
  ) {}

  async remaining(slot: TourSlot): Promise<number> {
    const [limit, booked] = await Promise.all([this.capacity.maxVisitors(slot.route), this.ledger.headcount(slot.id)]);
    const max = limit ?? DEFAULT_CAPACITY[slot.route];
    return Math.max(0, max - booked);
  }

  async book(slot: TourSlot, party: number, lead: string): Promise<string> {
    const left = await this.remaining(slot);
    if (left < party) {
      throw new Error(`only ${left} place(s) left on ${slot.route} at ${slot.startsAt.toISOString()}`);
    }
    const ref = await this.ledger.hold(slot.id, party, lead);
    const after = await this.remaining(slot);
    if (after === 0) {
      await this.notifier.post('front-desk', `${slot.route} ${slot.startsAt.toISOString()} is now full (last booking ${ref})`);
    }
    return ref;
  }

  async fullSlots(slots: readonly TourSlot[]): Promise<string[]> {
    const left = await Promise.all(slots.map((s) => this.remaining(s)));
    return slots.filter((_, i) => left[i] === 0).map((s) => s.id);
  }

  async summary(slot: TourSlot): Promise<string> {
    const left = await this.remaining(slot);
    const limit = (await this.capacity.maxVisitors(slot.route)) ?? DEFAULT_CAPACITY[slot.route];
    return `${slot.route} @ ${slot.startsAt.toISOString().slice(11, 16)}: ${limit - left}/${limit} booked`;
  }
}
