// expect: none
// Every assertion either awaits the value first or uses expect(promise).resolves/.rejects with the result awaited, so no promise stands in for a value.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface Guest {
  name: string;
  phone: string;
  partySize: number;
}

interface Waitlist {
  join(tourId: string, guest: Guest): Promise<number>;
  isFull(tourId: string): Promise<boolean>;
  cancel(tourId: string, bookingName: string): Promise<void>;
  position(tourId: string, name: string): Promise<number | null>;
}

declare function makeWaitlist(opts: { capacity: number; notify: (phone: string, text: string) => void }): Waitlist;

const TOUR = 'hive-roof-sat-1000';

describe('rooftop tour waitlist', () => {
  let waitlist: Waitlist;
  let notify: ((phone: string, text: string) => void) & { mock: { calls: Array<[string, string]> } };

  beforeEach(() => {
    notify = vi.fn((_phone: string, _text: string) => undefined);
    waitlist = makeWaitlist({ capacity: 6, notify });
  });

  it('reports a tour as full once capacity is reached', async () => {
    await waitlist.join(TOUR, { name: 'Ada', phone: '+440001', partySize: 4 });
    expect(await waitlist.isFull(TOUR)).toBe(false);
    await waitlist.join(TOUR, { name: 'Bo', phone: '+440002', partySize: 2 });
    await expect(waitlist.isFull(TOUR)).resolves.toBe(true);
  });

  it('queues overflow guests in arrival order', async () => {
    await waitlist.join(TOUR, { name: 'Ada', phone: '+440001', partySize: 6 });
    const first = await waitlist.join(TOUR, { name: 'Cy', phone: '+440003', partySize: 2 });
    const second = await waitlist.join(TOUR, { name: 'Di', phone: '+440004', partySize: 1 });
    expect([first, second]).toEqual([1, 2]);
    await expect(waitlist.position(TOUR, 'Di')).resolves.toBe(2);
  });

  it('texts the first waiting guest when a booking is cancelled', async () => {
    await waitlist.join(TOUR, { name: 'Ada', phone: '+440001', partySize: 6 });
    await waitlist.join(TOUR, { name: 'Cy', phone: '+440003', partySize: 2 });
    await waitlist.cancel(TOUR, 'Ada');
    expect(notify.mock.calls).toHaveLength(1);
    expect(notify.mock.calls[0][0]).toBe('+440003');
    expect(await waitlist.position(TOUR, 'Cy')).toBe(null);
  });

  it('rejects parties larger than a whole tour', async () => {
    await expect(waitlist.join(TOUR, { name: 'Ed', phone: '+440005', partySize: 9 })).rejects.toThrow(/capacity/);
  });
});
