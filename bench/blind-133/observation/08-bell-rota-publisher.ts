// expect: no-floating-promises
// The async callback passed to forEach has its promise discarded, so calendar bookings run unawaited after publish() returns and any rejection goes unhandled.
export interface Assignment {
  ringerId: string;
  bell: number;
  service: 'matins' | 'evensong' | 'wedding' | 'practice';
  startsAt: Date;
}

export interface WeeklyRota {
  tower: string;
  weekOf: string;
  assignments: Assignment[];
}

export interface Ringer {
  id: string;
  name: string;
  calendarId: string;
}

export interface RingerDirectory {
  get(id: string): Promise<Ringer>;
}

export interface CalendarApi {
  book(calendarId: string, event: { title: string; start: string; minutes: number }): Promise<string>;
}

export interface RotaStore {
  save(rota: WeeklyRota): Promise<void>;
}

export interface Noticeboard {
  post(tower: string, text: string): Promise<void>;
}

const SERVICE_MINUTES: Record<Assignment['service'], number> = {
  matins: 30,
  evensong: 30,
  wedding: 45,
  practice: 90,
};

export class RotaPublisher {
  constructor(
    private readonly store: RotaStore,
    private readonly directory: RingerDirectory,
    private readonly calendar: CalendarApi,
    private readonly noticeboard: Noticeboard,
  ) {}

  async publish(rota: WeeklyRota): Promise<void> {
    await this.store.save(rota);

    rota.assignments.forEach(async (a) => {
      const ringer = await this.directory.get(a.ringerId);
      await this.calendar.book(ringer.calendarId, {
        title: `${rota.tower}: bell ${a.bell} for ${a.service}`,
        start: a.startsAt.toISOString(),
        minutes: SERVICE_MINUTES[a.service],
      });
    });

    await this.noticeboard.post(rota.tower, this.summarise(rota));
  }

  private summarise(rota: WeeklyRota): string {
    const byService = new Map<string, number[]>();
    for (const a of rota.assignments) {
      const key = `${a.service} ${a.startsAt.toDateString()}`;
      byService.set(key, [...(byService.get(key) ?? []), a.bell]);
    }
    const lines = [...byService].map(([k, bells]) => `${k}: bells ${bells.sort((x, y) => x - y).join(', ')}`);
    return [`Rota for week of ${rota.weekOf}`, ...lines].join('\n');
  }
}
