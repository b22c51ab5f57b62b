// expect: no-uncalled-async-function
// dayDashboard puts this.fetchWaitlist (the method) into Promise.all instead of calling it, so the JSON payload silently omits the waitlist.
export interface YogaClass {
  id: string;
  style: 'vinyasa' | 'yin' | 'ashtanga' | 'restorative';
  startsAt: string;
  capacity: number;
  instructorId: string;
  booked: string[];
}

export interface Instructor {
  id: string;
  name: string;
  certifications: string[];
}

export interface WaitlistEntry {
  classId: string;
  memberId: string;
  joinedAt: string;
}

declare const bookingApi: {
  classesOn(studioId: string, day: string): Promise<YogaClass[]>;
  instructors(studioId: string): Promise<Instructor[]>;
  waitlist(studioId: string, day: string): Promise<WaitlistEntry[]>;
};

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class StudioRoster {
  constructor(private readonly studioId: string) {}

  fetchClasses(day: string): Promise<YogaClass[]> {
    return bookingApi.classesOn(this.studioId, day);
  }

  fetchInstructors(): Promise<Instructor[]> {
    return bookingApi.instructors(this.studioId);
  }

  fetchWaitlist(day: string): Promise<WaitlistEntry[]> {
    return bookingApi.waitlist(this.studioId, day);
  }

  async dayDashboard(request: Request): Promise<Response> {
    const day = new URL(request.url).searchParams.get('day') ?? new Date().toISOString().slice(0, 10);
    if (!DAY_PATTERN.test(day)) {
      return Response.json({ error: `invalid day ${day}` }, { status: 400 });
    }

    const [classes, instructors, waitlist] = await Promise.all([
      this.fetchClasses(day),
      this.fetchInstructors(),
      this.fetchWaitlist,
    ]);

    const names = new Map(instructors.map((i) => [i.id, i.name]));
    const sessions = classes
      .slice()
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((c) => ({
        id: c.id,
        style: c.style,
        startsAt: c.startsAt,
        instructor: names.get(c.instructorId) ?? 'TBA',
        openSpots: Math.max(0, c.capacity - c.booked.length),
        full: c.booked.length >= c.capacity,
      }));

    return Response.json(
      { studio: this.studioId, day, sessions, waitlist },
      { headers: { 'cache-control': 'private, max-age=30' } },
    );
  }

  async openSpotsByStyle(day: string): Promise<Record<YogaClass['style'], number>> {
    const classes = await this.fetchClasses(day);
    const totals: Record<YogaClass['style'], number> = { vinyasa: 0, yin: 0, ashtanga: 0, restorative: 0 };
    for (const c of classes) totals[c.style] += Math.max(0, c.capacity - c.booked.length);
    return totals;
  }
}
