// expect: none
// The callback wrapper uses a done flag shared by the timer and the calendar callback and returns after rejecting, so each booking settles exactly once whichever happens first.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Confirmation {
  ref: string;
  technician: string;
}

type ReserveCallback = (err: Error | null, confirmation?: Confirmation) => void;

interface TunerCalendar {
  reserve(slot: { start: string; minutes: number; instrument: string }, cb: ReserveCallback): void;
}

interface TuningVisit {
  ref: string;
  technician: string;
  start: string;
  instrument: string;
  minutes: number;
}

class VisitBooker {
  constructor(
    private readonly calendar: TunerCalendar,
    private readonly timeoutMs = 10_000,
  ) {}

  book(start: string, instrument: string): Promise<TuningVisit> {
    const minutes = instrument.includes('double manual') ? 150 : 90;
    return new Promise<TuningVisit>((resolve, reject) => {
      let done = false;
      const timer = setTimeout(() => {
        done = true;
        reject(new Error(`calendar did not answer for ${start}`));
      }, this.timeoutMs);

      this.calendar.reserve({ start, minutes, instrument }, (err, confirmation) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (err || !confirmation) {
          reject(err ?? new Error('calendar returned no confirmation'));
          return;
        }
        resolve({ ref: confirmation.ref, technician: confirmation.technician, start, instrument, minutes });
      });
    });
  }
}

describe('VisitBooker', () => {
  let reserve: ReturnType<typeof vi.fn<TunerCalendar['reserve']>>;
  let booker: VisitBooker;

  beforeEach(() => {
    vi.useFakeTimers();
    reserve = vi.fn<TunerCalendar['reserve']>();
    booker = new VisitBooker({ reserve }, 10_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('books a longer slot for double manual instruments', async () => {
    reserve.mockImplementation((_slot, cb) => cb(null, { ref: 'HV-311', technician: 'Marguerite' }));

    const visit = await booker.book('2025-03-04T09:00', 'Flemish double manual');

    expect(visit).toEqual({
      ref: 'HV-311',
      technician: 'Marguerite',
      start: '2025-03-04T09:00',
      instrument: 'Flemish double manual',
      minutes: 150,
    });
    expect(reserve.mock.calls[0]?.[0]).toMatchObject({ minutes: 150 });
  });

  it('surfaces calendar errors', async () => {
    reserve.mockImplementation((_slot, cb) => cb(new Error('technician on leave')));

    await expect(booker.book('2025-03-05T14:00', 'Italian single')).rejects.toThrow('technician on leave');
  });

  it('times out when the calendar never calls back, and ignores a late answer', async () => {
    let lateCallback: ReserveCallback | undefined;
    reserve.mockImplementation((_slot, cb) => {
      lateCallback = cb;
    });

    const outcome = booker.book('2025-03-06T10:30', 'virginal').catch((err: unknown) => err);
    await vi.advanceTimersByTimeAsync(10_000);

    const err = await outcome;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/did not answer/);
    expect(() => lateCallback?.(null, { ref: 'late', technician: 'Jun' })).not.toThrow();
  });
});
