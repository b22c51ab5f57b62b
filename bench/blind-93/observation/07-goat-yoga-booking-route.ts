// expect: no-floating-promises
// notifyInstructor(booking) is called as a bare statement; if the SMS gateway rejects, the rejection floats unhandled.
interface Req {
  params: Record<string, string>;
  body: unknown;
  user?: { id: string; email: string };
}

interface Res {
  status(code: number): Res;
  json(payload: unknown): void;
}

type Handler = (req: Req, res: Res) => Promise<void>;

declare const router: { post(path: string, handler: Handler): void; get(path: string, handler: Handler): void };

interface YogaClass {
  id: string;
  instructorPhone: string;
  startsAt: string;
  capacity: number;
  goats: string[];
}

interface Booking {
  id: string;
  classId: string;
  memberId: string;
  mat: number;
}

declare const db: {
  getClass(id: string): Promise<YogaClass | null>;
  countBookings(classId: string): Promise<number>;
  insertBooking(b: Omit<Booking, 'id'>): Promise<Booking>;
};

declare const sms: { send(to: string, text: string): Promise<{ sid: string }> };

async function notifyInstructor(cls: YogaClass, booking: Booking): Promise<void> {
  const when = new Date(cls.startsAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  await sms.send(cls.instructorPhone, `New booking for ${when}: mat ${booking.mat}`);
}

router.post('/classes/:id/bookings', async (req, res) => {
  if (!req.user) {
    res.status(401).json({ error: 'sign in to book' });
    return;
  }

  const cls = await db.getClass(req.params.id);
  if (!cls) {
    res.status(404).json({ error: 'no such class' });
    return;
  }

  const taken = await db.countBookings(cls.id);
  if (taken >= cls.capacity) {
    res.status(409).json({ error: 'class is full', waitlist: true });
    return;
  }

  const booking = await db.insertBooking({ classId: cls.id, memberId: req.user.id, mat: taken + 1 });

  notifyInstructor(cls, booking);

  res.status(201).json({
    booking,
    goatsOnDuty: cls.goats.length,
    message: 'See you on the mat. Please leave bananas at home.',
  });
});

router.get('/classes/:id/availability', async (req, res) => {
  const cls = await db.getClass(req.params.id);
  if (!cls) {
    res.status(404).json({ error: 'no such class' });
    return;
  }
  const taken = await db.countBookings(cls.id);
  res.status(200).json({ free: Math.max(0, cls.capacity - taken), goats: cls.goats });
});
