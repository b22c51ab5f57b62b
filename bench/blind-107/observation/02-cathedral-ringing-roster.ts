// expect: none
// The ringer notification is deliberately fire-and-forget but carries its own .catch, and the tower bookings are awaited through Promise.all, so no promise is left without a handler.
export interface Ringer {
  name: string;
  phone: string;
  bell: number;
  canConduct: boolean;
}

export interface Practice {
  tower: string;
  startsAt: Date;
  method: string;
  band: Ringer[];
}

export interface SmsGateway {
  send(to: string, text: string): Promise<{ id: string }>;
}

export interface TowerCalendar {
  book(tower: string, startsAt: Date, minutes: number): Promise<string>;
}

export interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
}

export class RingingRoster {
  constructor(
    private readonly sms: SmsGateway,
    private readonly calendar: TowerCalendar,
    private readonly log: Logger,
  ) {}

  private conductorOf(p: Practice): Ringer {
    const c = p.band.find((r) => r.canConduct);
    if (!c) throw new Error(`${p.tower}: band has no conductor for ${p.method}`);
    return c;
  }

  async schedule(practices: Practice[]): Promise<string[]> {
    for (const p of practices) this.conductorOf(p);

    const bookingIds = await Promise.all(practices.map((p) => this.calendar.book(p.tower, p.startsAt, 90)));

    for (const p of practices) {
      const when = p.startsAt.toLocaleString('en-GB', { weekday: 'long', hour: '2-digit', minute: '2-digit' });
      for (const ringer of p.band) {
        // a missed text is not worth failing the schedule over
        this.sms
          .send(ringer.phone, `${p.tower}: ${p.method} ${when}, you are on bell ${ringer.bell}`)
          .catch((err: unknown) => this.log.warn('reminder not sent', { ringer: ringer.name, err }));
      }
    }

    this.log.info('practices booked', { count: bookingIds.length });
    return bookingIds;
  }
}
