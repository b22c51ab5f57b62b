// expect: none
// Function references are only handed to the job queue, which takes task factories and calls them; wherever data is needed the loaders are actually called.
export interface Booking {
  id: string;
  act: string;
  night: string;
  setTimes: string[];
  coverCharge: number;
}

export interface Musician {
  name: string;
  instrument: string;
  union: boolean;
}

type Task<T> = () => Promise<T>;

declare const bookingsApi: {
  loadSetlist(bookingId: string): Promise<string[]>;
  loadRoster(bookingId: string): Promise<Musician[]>;
  upcoming(days: number): Promise<Booking[]>;
};

declare const calendar: {
  publish(entries: Array<{ title: string; start: string }>): Promise<void>;
};

declare const seatingPlanner: {
  rebuild(): Promise<number>;
};

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  enqueue<T>(task: Task<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

export interface NightSheet {
  bookingId: string;
  act: string;
  setlist: string[];
  roster: Musician[];
  needsUnionSteward: boolean;
}

export class ClubScheduler {
  private readonly queue = new SerialQueue();

  constructor(private readonly lookaheadDays = 14) {}

  syncCalendar = async (): Promise<void> => {
    const bookings = await bookingsApi.upcoming(this.lookaheadDays);
    await calendar.publish(
      bookings.flatMap((b) => b.setTimes.map((start) => ({ title: `${b.act} @ the Blue Room`, start }))),
    );
  };

  async nightSheet(booking: Booking): Promise<NightSheet> {
    const [setlist, roster] = await Promise.all([
      bookingsApi.loadSetlist(booking.id),
      bookingsApi.loadRoster(booking.id),
    ]);
    return {
      bookingId: booking.id,
      act: booking.act,
      setlist,
      roster,
      needsUnionSteward: roster.some((m) => m.union) && booking.coverCharge > 0,
    };
  }

  /** Serialised so calendar and seating never rebuild concurrently. */
  refreshAll(): Promise<[void, number]> {
    return Promise.all([
      this.queue.enqueue(this.syncCalendar),
      this.queue.enqueue(() => seatingPlanner.rebuild()),
    ]);
  }

  async sheetsFor(days: number): Promise<NightSheet[]> {
    const bookings = await this.queue.enqueue(() => bookingsApi.upcoming(days));
    const sheets: NightSheet[] = [];
    for (const booking of bookings) {
      sheets.push(await this.queue.enqueue(() => this.nightSheet(booking)));
    }
    return sheets;
  }
}
