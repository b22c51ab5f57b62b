// expect: no-promise-as-value
// isSlotFree is async, so `if (!this.calendar.isSlotFree(...))` tests a Promise object that is always truthy, the conflict check never fires and overlapping sessions get double-booked.
export interface SessionRequest {
  artistId: string;
  clientId: string;
  start: Date;
  hours: number;
  design: string;
}

export interface Session extends SessionRequest {
  id: string;
  status: 'held' | 'confirmed';
}

export interface ArtistCalendar {
  isSlotFree(artistId: string, start: Date, end: Date): Promise<boolean>;
  insert(session: Session): Promise<void>;
}

export interface ClientNotifier {
  sessionHeld(clientId: string, session: Session): Promise<void>;
}

export class SlotTakenError extends Error {
  override name = 'SlotTakenError';
}

const OPEN_HOUR = 11;
const CLOSE_HOUR = 21;

export class ReservationService {
  private seq = 0;

  constructor(
    private readonly calendar: ArtistCalendar,
    private readonly notifier: ClientNotifier,
  ) {}

  async reserve(req: SessionRequest): Promise<Session> {
    const end = new Date(req.start.getTime() + req.hours * 3_600_000);
    if (req.start.getHours() < OPEN_HOUR || end.getHours() > CLOSE_HOUR || end.getDate() !== req.start.getDate()) {
      throw new RangeError('sessions must fit within studio hours');
    }

    if (!this.calendar.isSlotFree(req.artistId, req.start, end)) {
      throw new SlotTakenError(`artist ${req.artistId} is already booked at ${req.start.toISOString()}`);
    }

    const session: Session = {
      ...req,
      id: `S${Date.now().toString(36)}${(this.seq++).toString(36)}`,
      status: 'held',
    };
    await this.calendar.insert(session);
    await this.notifier.sessionHeld(req.clientId, session);
    return session;
  }

  async reserveSeries(base: SessionRequest, weeks: number): Promise<Session[]> {
    const sessions: Session[] = [];
    for (let i = 0; i < weeks; i++) {
      const start = new Date(base.start.getTime() + i * 7 * 86_400_000);
      sessions.push(await this.reserve({ ...base, start }));
    }
    return sessions;
  }
}
