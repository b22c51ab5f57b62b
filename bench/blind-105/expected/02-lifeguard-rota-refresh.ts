// expect: no-uncalled-async-function
// The .then callback returns this.publishRota instead of calling it, so refresh resolves after loading and never pushes the new rota to the tower tablets, while lastPublished is still bumped.
export interface TowerShift {
  tower: string;
  guard: string;
  start: string;
  end: string;
}

export interface RotaSource {
  week(isoWeek: string): Promise<TowerShift[]>;
}

export interface TabletPush {
  broadcast(tower: string, payload: string): Promise<void>;
}

function isoWeek(d: Date): string {
  const date = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export class RotaBoard {
  private current: TowerShift[] = [];
  private currentWeek = '';
  lastPublished: Date | null = null;

  constructor(private readonly source: RotaSource, private readonly tablets: TabletPush) {}

  private async loadRota(week: string): Promise<void> {
    const shifts = await this.source.week(week);
    if (shifts.length === 0) throw new Error(`rota for ${week} is empty`);
    this.current = shifts;
    this.currentWeek = week;
  }

  async publishRota(): Promise<void> {
    const towers = [...new Set(this.current.map((s) => s.tower))];
    await Promise.all(
      towers.map((tower) =>
        this.tablets.broadcast(
          tower,
          JSON.stringify({ week: this.currentWeek, shifts: this.current.filter((s) => s.tower === tower) }),
        ),
      ),
    );
  }

  async refresh(now = new Date()): Promise<void> {
    await this.loadRota(isoWeek(now)).then(() => this.publishRota);
    this.lastPublished = now;
  }

  onDuty(tower: string, hhmm: string): string | undefined {
    return this.current.find((s) => s.tower === tower && s.start <= hhmm && hhmm < s.end)?.guard;
  }
}
