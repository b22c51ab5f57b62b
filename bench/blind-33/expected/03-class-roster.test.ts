// expect: no-uncalled-async-function
// The afterEach hook returns fixtures.clearBookings instead of calling it, so bookings leak between tests and later capacity assertions depend on test order.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface YogaClass {
  id: string;
  style: 'vinyasa' | 'yin' | 'ashtanga' | 'restorative';
  teacher: string;
  capacity: number;
  startsAt: Date;
}

interface Booking {
  classId: string;
  memberId: string;
  status: 'booked' | 'waitlisted' | 'cancelled';
  mat?: number;
}

declare const fixtures: {
  seedStudio(name: string): Promise<{ classes: YogaClass[]; members: string[] }>;
  clearBookings(): Promise<void>;
};

declare const roster: {
  book(classId: string, memberId: string): Promise<Booking>;
  cancel(classId: string, memberId: string): Promise<Booking>;
  list(classId: string): Promise<Booking[]>;
};

describe('class roster', () => {
  let classes: YogaClass[];
  let members: string[];

  beforeEach(async () => {
    const seeded = await fixtures.seedStudio('riverside');
    classes = seeded.classes;
    members = seeded.members;
  });

  afterEach(() => fixtures.clearBookings);

  function classByStyle(style: YogaClass['style']): YogaClass {
    const found = classes.find((c) => c.style === style);
    if (!found) {
      throw new Error(`seed data has no ${style} class`);
    }
    return found;
  }

  it('assigns mats in order until the class is full', async () => {
    const yin = classByStyle('yin');
    const bookings: Booking[] = [];
    for (const member of members.slice(0, yin.capacity)) {
      bookings.push(await roster.book(yin.id, member));
    }
    expect(bookings.map((b) => b.mat)).toEqual(Array.from({ length: yin.capacity }, (_, i) => i + 1));
    expect(bookings.every((b) => b.status === 'booked')).toBe(true);
  });

  it('waitlists the first member over capacity', async () => {
    const yin = classByStyle('yin');
    for (const member of members.slice(0, yin.capacity)) {
      await roster.book(yin.id, member);
    }
    const extra = await roster.book(yin.id, members[yin.capacity]);
    expect(extra.status).toBe('waitlisted');
    expect(extra.mat).toBe(undefined);
  });

  it('promotes the waitlist head when a booked member cancels', async () => {
    const vinyasa = classByStyle('vinyasa');
    const [first, ...rest] = members.slice(0, vinyasa.capacity + 1);
    await roster.book(vinyasa.id, first);
    for (const member of rest) {
      await roster.book(vinyasa.id, member);
    }
    await roster.cancel(vinyasa.id, first);

    const list = await roster.list(vinyasa.id);
    const booked = list.filter((b) => b.status === 'booked');
    expect(booked).toHaveLength(vinyasa.capacity);
    expect(list.filter((b) => b.status === 'waitlisted')).toHaveLength(0);
  });

  it('refuses to cancel a booking that does not exist', async () => {
    const restorative = classByStyle('restorative');
    await expect(roster.cancel(restorative.id, members[0])).rejects.toThrow(/no booking/i);
  });

  it('starts every class with an empty roster', async () => {
    for (const c of classes) {
      expect(await roster.list(c.id)).toHaveLength(0);
    }
  });
});
