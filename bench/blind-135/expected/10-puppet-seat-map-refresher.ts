// expect: none
// The arrow-function property refreshSeatMap is handed to a scheduler whose contract is to call it and await the returned promise, so passing the reference is intended.
export interface SeatHold {
  seat: string;
  expiresAt: number;
}

export interface BoxOfficeApi {
  seatMap(showId: string): Promise<Record<string, 'free' | 'held' | 'sold'>>;
  releaseHold(showId: string, seat: string): Promise<void>;
}

export interface Scheduler {
  every(ms: number, task: () => Promise<void>): { cancel(): void };
}

export class IntervalScheduler implements Scheduler {
  every(ms: number, task: () => Promise<void>): { cancel(): void } {
    let running = false;
    const id = setInterval(() => {
      if (running) return;
      running = true;
      task().then(
        () => {
          running = false;
        },
        (err: unknown) => {
          running = false;
          console.error('scheduled task failed', err);
        },
      );
    }, ms);
    return { cancel: () => clearInterval(id) };
  }
}

export class SeatMapRefresher {
  private seats: Record<string, 'free' | 'held' | 'sold'> = {};
  private holds: SeatHold[] = [];
  private jobs: Array<{ cancel(): void }> = [];

  constructor(
    private api: BoxOfficeApi,
    private scheduler: Scheduler,
    readonly showId: string,
  ) {}

  refreshSeatMap = async (): Promise<void> => {
    this.seats = await this.api.seatMap(this.showId);
  };

  expireHolds = async (): Promise<void> => {
    const now = Date.now();
    const expired = this.holds.filter((h) => h.expiresAt <= now);
    this.holds = this.holds.filter((h) => h.expiresAt > now);
    for (const hold of expired) {
      await this.api.releaseHold(this.showId, hold.seat);
    }
  };

  start(): void {
    this.jobs.push(this.scheduler.every(15_000, this.refreshSeatMap));
    this.jobs.push(this.scheduler.every(5_000, this.expireHolds));
  }

  stop(): void {
    for (const job of this.jobs) job.cancel();
    this.jobs = [];
  }

  hold(seat: string, forMs = 8 * 60_000): void {
    this.holds.push({ seat, expiresAt: Date.now() + forMs });
  }

  freeCount(): number {
    return Object.values(this.seats).filter((s) => s === 'free').length;
  }
}
