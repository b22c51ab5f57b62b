// expect: none
// Correct: both hold() promises are created back to back and immediately combined with Promise.allSettled/Promise.all, and every settled result is checked.
import { setTimeout as sleep } from 'node:timers/promises';

interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeInstanceOf(ctor: abstract new (...args: never[]) => unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
}
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function expect(actual: unknown): Matchers;

class SeatTakenError extends Error {
  constructor(
    readonly seat: string,
    readonly heldBy: string,
  ) {
    super(`Seat ${seat} is already held by ${heldBy}`);
  }
}

class BoxOffice {
  private readonly holds = new Map<string, string>();

  constructor(private readonly latencyMs: number) {}

  async hold(seat: string, patron: string): Promise<string> {
    const existing = this.holds.get(seat);
    if (existing) throw new SeatTakenError(seat, existing);
    this.holds.set(seat, patron);
    await sleep(this.latencyMs);
    return `${seat}:${patron}`;
  }

  async release(seat: string): Promise<void> {
    await sleep(this.latencyMs);
    this.holds.delete(seat);
  }

  heldBy(seat: string): string | undefined {
    return this.holds.get(seat);
  }
}

describe('BoxOffice seat holds', () => {
  let office: BoxOffice;

  beforeEach(() => {
    office = new BoxOffice(5);
  });

  it('gives a contested seat to whoever asked first', async () => {
    const first = office.hold('Stalls-C12', 'alice');
    const second = office.hold('Stalls-C12', 'bob');
    const [a, b] = await Promise.allSettled([first, second]);

    expect(a.status).toBe('fulfilled');
    expect(b.status).toBe('rejected');
    if (b.status === 'rejected') {
      expect(b.reason).toBeInstanceOf(SeatTakenError);
    }
    expect(office.heldBy('Stalls-C12')).toBe('alice');
  });

  it('holds a whole row in parallel', async () => {
    const seats = ['Circle-A1', 'Circle-A2', 'Circle-A3', 'Circle-A4'];
    const tickets = await Promise.all(seats.map((s) => office.hold(s, 'school-trip')));
    expect(tickets).toEqual(seats.map((s) => `${s}:school-trip`));
  });

  it('refuses to hold a seat twice', async () => {
    await office.hold('Box-2', 'carol');
    await expect(office.hold('Box-2', 'dave')).rejects.toThrow(/already held/);
  });

  it('frees the seat after release', async () => {
    await office.hold('Stalls-F3', 'erin');
    await office.release('Stalls-F3');
    expect(office.heldBy('Stalls-F3')).toBe(undefined);
  });
});
