// expect: no-uncalled-async-function
// The save chain ends with .then(() => this.reloadSchedule), returning the method instead of calling it, so the schedule is never reloaded and the returned promise resolves before the list is fresh.
export interface Showing {
  id: string;
  showId: string;
  startsAt: string;
  dome: 'main' | 'mini';
  seats: number;
}

declare const api: {
  listShowings(day: string): Promise<Showing[]>;
  saveShowing(s: Omit<Showing, 'id'> & { id?: string }): Promise<Showing>;
  deleteShowing(id: string): Promise<void>;
};

function overlaps(a: Showing, b: Omit<Showing, 'id'>, runMinutes: number): boolean {
  if (a.dome !== b.dome) return false;
  const start = (s: { startsAt: string }) => new Date(s.startsAt).getTime();
  return Math.abs(start(a) - start(b)) < runMinutes * 60_000;
}

export class ScheduleEditor {
  showings: Showing[] = [];
  saving = false;

  constructor(
    private day: string,
    private readonly runMinutes = 45,
    private readonly onChange: (showings: Showing[]) => void = () => {},
  ) {}

  async reloadSchedule(): Promise<void> {
    this.showings = await api.listShowings(this.day);
    this.showings.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    this.onChange(this.showings);
  }

  async switchDay(day: string): Promise<void> {
    this.day = day;
    await this.reloadSchedule();
  }

  save(draft: Omit<Showing, 'id'> & { id?: string }) {
    const clash = this.showings.find((s) => s.id !== draft.id && overlaps(s, draft, this.runMinutes));
    if (clash) {
      return Promise.reject(new Error(`clashes with the ${clash.startsAt} showing in the ${clash.dome} dome`));
    }

    this.saving = true;
    return api
      .saveShowing(draft)
      .then(() => this.reloadSchedule)
      .finally(() => {
        this.saving = false;
      });
  }

  async remove(id: string): Promise<void> {
    await api.deleteShowing(id);
    await this.reloadSchedule();
  }

  seatsToday(dome?: Showing['dome']): number {
    return this.showings.filter((s) => !dome || s.dome === dome).reduce((n, s) => n + s.seats, 0);
  }
}
