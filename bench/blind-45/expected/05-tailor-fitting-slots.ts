// expect: no-uncalled-async-function
// freeSlotsFor does "await this.loadCalendar" (the method, not a call), so a stale or empty calendar is never reloaded before filtering.
export interface FittingSlot {
  startsAt: Date;
  minutes: number;
  tailorId: string;
  room: 'front' | 'back';
}

export interface Appointment {
  appointmentId: string;
  customerName: string;
  garment: 'suit' | 'overcoat' | 'waistcoat' | 'trousers';
  fittingNumber: 1 | 2 | 3;
  slot: FittingSlot;
}

declare const calendarApi: {
  listSlots(shopId: string, weekOf: string): Promise<FittingSlot[]>;
  book(shopId: string, slot: FittingSlot, details: Omit<Appointment, 'appointmentId' | 'slot'>): Promise<string>;
};

const FITTING_MINUTES: Record<Appointment['garment'], number> = {
  suit: 60,
  overcoat: 45,
  waistcoat: 30,
  trousers: 30,
};

const CALENDAR_TTL_MS = 5 * 60_000;

function mondayOf(d: Date): string {
  const copy = new Date(d);
  const day = (copy.getUTCDay() + 6) % 7;
  copy.setUTCDate(copy.getUTCDate() - day);
  return copy.toISOString().slice(0, 10);
}

export class FittingBook {
  private slots: FittingSlot[] = [];
  private loadedAt = 0;

  constructor(
    private readonly shopId: string,
    private readonly weekOf = mondayOf(new Date()),
  ) {}

  private async loadCalendar(): Promise<void> {
    this.slots = await calendarApi.listSlots(this.shopId, this.weekOf);
    this.slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    this.loadedAt = Date.now();
  }

  async freeSlotsFor(garment: Appointment['garment'], tailorId?: string): Promise<FittingSlot[]> {
    if (Date.now() - this.loadedAt > CALENDAR_TTL_MS) {
      await this.loadCalendar;
    }
    const needed = FITTING_MINUTES[garment];
    return this.slots.filter(
      (s) => s.minutes >= needed && (tailorId === undefined || s.tailorId === tailorId),
    );
  }

  async book(
    customerName: string,
    garment: Appointment['garment'],
    fittingNumber: Appointment['fittingNumber'],
    tailorId?: string,
  ): Promise<Appointment> {
    const [slot] = await this.freeSlotsFor(garment, tailorId);
    if (!slot) {
      throw new Error(`No ${FITTING_MINUTES[garment]}-minute slot free in week of ${this.weekOf}`);
    }

    const appointmentId = await calendarApi.book(this.shopId, slot, {
      customerName,
      garment,
      fittingNumber,
    });
    this.slots = this.slots.filter((s) => s !== slot);
    return { appointmentId, customerName, garment, fittingNumber, slot };
  }

  summary(): string {
    const byTailor = new Map<string, number>();
    for (const s of this.slots) {
      byTailor.set(s.tailorId, (byTailor.get(s.tailorId) ?? 0) + 1);
    }
    return [...byTailor].map(([t, n]) => `${t}: ${n} open`).join('; ');
  }
}
