// expect: no-uncalled-async-function
// nextWindow awaits the refreshSchedule method itself rather than calling it, so a stale schedule is never reloaded.
export interface IceSession {
  sessionId: string;
  rink: 'main' | 'practice';
  kind: 'public' | 'hockey' | 'figure' | 'curling';
  start: Date;
  end: Date;
}

export interface ResurfaceWindow {
  rink: IceSession['rink'];
  start: Date;
  minutes: number;
  reason: 'between-sessions' | 'post-hockey' | 'scheduled';
}

declare const bookingSystem: {
  sessionsFor(day: string): Promise<IceSession[]>;
};

declare const iceSensors: {
  surfaceQuality(rink: IceSession['rink']): Promise<{ roughness: number; tempC: number }>;
};

const STALE_AFTER_MS = 5 * 60 * 1000;
const MIN_GAP_MINUTES = 12;

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export class ResurfacingPlanner {
  private windows: ResurfaceWindow[] = [];
  private loadedAt = 0;
  private loadedDay = '';

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async refreshSchedule(): Promise<void> {
    const today = dayKey(this.clock());
    const sessions = await bookingSystem.sessionsFor(today);
    const byRink = new Map<IceSession['rink'], IceSession[]>();
    for (const session of sessions) {
      const list = byRink.get(session.rink) ?? [];
      list.push(session);
      byRink.set(session.rink, list);
    }

    const windows: ResurfaceWindow[] = [];
    for (const [rink, list] of byRink) {
      list.sort((a, b) => a.start.getTime() - b.start.getTime());
      for (let i = 0; i < list.length - 1; i++) {
        const gap = (list[i + 1].start.getTime() - list[i].end.getTime()) / 60_000;
        if (gap < MIN_GAP_MINUTES) continue;
        windows.push({
          rink,
          start: list[i].end,
          minutes: Math.min(gap, 15),
          reason: list[i].kind === 'hockey' ? 'post-hockey' : 'between-sessions',
        });
      }
    }

    this.windows = windows.sort((a, b) => a.start.getTime() - b.start.getTime());
    this.loadedAt = Date.now();
    this.loadedDay = today;
  }

  private isStale(): boolean {
    return Date.now() - this.loadedAt > STALE_AFTER_MS || this.loadedDay !== dayKey(this.clock());
  }

  async nextWindow(rink: IceSession['rink'], after: Date = this.clock()): Promise<ResurfaceWindow | undefined> {
    if (this.isStale()) {
      await this.refreshSchedule;
    }
    return this.windows.find((w) => w.rink === rink && w.start.getTime() >= after.getTime());
  }

  async needsUnscheduledPass(rink: IceSession['rink']): Promise<boolean> {
    const quality = await iceSensors.surfaceQuality(rink);
    if (quality.tempC > -3) return false;
    if (quality.roughness < 0.4) return false;
    const next = await this.nextWindow(rink);
    if (!next) return true;
    const minutesAway = (next.start.getTime() - this.clock().getTime()) / 60_000;
    return minutesAway > 90;
  }
}
