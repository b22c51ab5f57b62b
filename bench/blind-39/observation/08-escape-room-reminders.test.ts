// expect: none
// Each rejection assertion is attached to the promise in the same tick it is created, before timers are advanced, so no rejection is ever unobserved.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
  resolves: { toEqual(expected: unknown): Promise<void> };
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface Booking {
  bookingId: string;
  room: 'Pharaoh' | 'Submarine' | 'Asylum';
  email: string;
  startsAt: number;
}

type Mailer = (to: string, subject: string) => Promise<void>;

async function sendReminder(booking: Booking, mailer: Mailer, now: () => number): Promise<string> {
  const leadMs = booking.startsAt - now();
  if (leadMs <= 0) throw new Error(`booking ${booking.bookingId} already started`);
  const waitMs = Math.max(0, leadMs - 60 * 60 * 1000);
  await new Promise<void>((resolve) => setTimeout(resolve, waitMs));
  const subject = `Your ${booking.room} room starts in one hour`;
  await mailer(booking.email, subject);
  return subject;
}

describe('booking reminders', () => {
  const base = 1_700_000_000_000;
  let clock = base;
  const now = () => clock;

  beforeEach(() => {
    vi.useFakeTimers();
    clock = base;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the reminder one hour before the game', async () => {
    const mailer = vi.fn(async (_to: string, _subject: string) => undefined);
    const booking: Booking = { bookingId: 'B1', room: 'Pharaoh', email: 'team@example.org', startsAt: base + 3 * 3600_000 };
    const reminder = expect(sendReminder(booking, mailer, now)).resolves.toEqual('Your Pharaoh room starts in one hour');
    await vi.advanceTimersByTimeAsync(2 * 3600_000);
    await reminder;
    expect(mailer).toHaveBeenCalledTimes(1);
  });

  it('surfaces a mail outage after the wait', async () => {
    const mailer = vi.fn(async (_to: string, _subject: string) => {
      throw new Error('smtp relay refused');
    });
    const booking: Booking = { bookingId: 'B2', room: 'Submarine', email: 'crew@example.org', startsAt: base + 2 * 3600_000 };
    const failure = expect(sendReminder(booking, mailer, now)).rejects.toThrow('smtp relay refused');
    await vi.advanceTimersByTimeAsync(3600_000);
    await failure;
  });

  it('refuses bookings that already started', async () => {
    const mailer = vi.fn(async (_to: string, _subject: string) => undefined);
    const booking: Booking = { bookingId: 'B3', room: 'Asylum', email: 'late@example.org', startsAt: base - 1 };
    await expect(sendReminder(booking, mailer, now)).rejects.toThrow('already started');
    expect(mailer).toHaveBeenCalledTimes(0);
  });
});
