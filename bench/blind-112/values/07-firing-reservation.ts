// expect: no-read-before-settle
// bookFiring stores the reservation id inside a .then callback and then reads this.reservationId synchronously on the next line, so the returned ticket always carries the previous (or null) id.
export interface KilnSlot {
  kilnId: string;
  date: string;
  program: 'tack-fuse' | 'full-fuse' | 'paint-fire' | 'slump';
}

export interface KilnBookingApi {
  reserve(slot: KilnSlot, pieces: number): Promise<{ id: string; loadBy: string }>;
  release(reservationId: string): Promise<void>;
}

export interface FiringTicket {
  slot: KilnSlot;
  pieces: number;
  reservationId: string | null;
  createdAt: Date;
}

const MAX_PIECES: Record<KilnSlot['program'], number> = {
  'tack-fuse': 24,
  'full-fuse': 18,
  'paint-fire': 40,
  slump: 8,
};

export class FiringReservations {
  private reservationId: string | null = null;
  private loadBy: string | null = null;
  private readonly tickets: FiringTicket[] = [];

  constructor(private readonly api: KilnBookingApi) {}

  bookFiring(slot: KilnSlot, pieces: number): FiringTicket {
    if (pieces > MAX_PIECES[slot.program]) {
      throw new Error(`${slot.program} on ${slot.kilnId} takes at most ${MAX_PIECES[slot.program]} pieces`);
    }

    this.api
      .reserve(slot, pieces)
      .then((res) => {
        this.reservationId = res.id;
        this.loadBy = res.loadBy;
      })
      .catch((err: unknown) => {
        console.error(`kiln reservation for ${slot.kilnId} on ${slot.date} failed`, err);
      });

    const ticket: FiringTicket = {
      slot,
      pieces,
      reservationId: this.reservationId,
      createdAt: new Date(),
    };
    this.tickets.push(ticket);
    return ticket;
  }

  async cancelLatest(): Promise<void> {
    const latest = this.tickets.pop();
    if (latest?.reservationId) {
      await this.api.release(latest.reservationId);
    }
  }

  get loadDeadline(): string | null {
    return this.loadBy;
  }
}
