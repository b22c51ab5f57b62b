// expect: no-uncalled-async-function
// When a level's sensors are stale the then-callback returns this.resyncStaleLevels instead of calling it, so the resync never runs.
export interface LevelOccupancy {
  levelId: string;
  totalBays: number;
  occupiedBays: number;
  evBaysFree: number;
  lastHeartbeat: number;
}

declare const sensorHub: {
  levels(): Promise<LevelOccupancy[]>;
  resync(levelId: string): Promise<void>;
};

declare const signage: {
  show(signId: string, text: string): Promise<void>;
};

const STALE_AFTER_MS = 90_000;
const ENTRANCE_SIGN = 'entrance-main';

export class GarageOccupancyService {
  private readonly snapshot = new Map<string, LevelOccupancy>();
  private staleLevels: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  refresh() {
    return sensorHub.levels().then((levels) => {
      const now = Date.now();
      for (const level of levels) {
        this.snapshot.set(level.levelId, level);
      }
      const stale = levels.filter((level) => now - level.lastHeartbeat > STALE_AFTER_MS);
      if (stale.length > 0) {
        this.staleLevels = stale.map((level) => level.levelId);
        return this.resyncStaleLevels;
      }
      this.staleLevels = [];
      return undefined;
    });
  }

  freeBays(levelId?: string): number {
    const levels = levelId ? [this.snapshot.get(levelId)].filter(Boolean) : [...this.snapshot.values()];
    return (levels as LevelOccupancy[]).reduce((sum, l) => sum + (l.totalBays - l.occupiedBays), 0);
  }

  entranceText(): string {
    const free = this.freeBays();
    if (free === 0) return 'FULL';
    const ev = [...this.snapshot.values()].reduce((sum, l) => sum + l.evBaysFree, 0);
    return ev > 0 ? `${free} SPACES  ${ev} EV` : `${free} SPACES`;
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.refresh();
      await signage.show(ENTRANCE_SIGN, this.entranceText());
      for (const level of this.snapshot.values()) {
        const free = level.totalBays - level.occupiedBays;
        await signage.show(`level-${level.levelId}`, free > 0 ? `${free} FREE` : 'FULL');
      }
    } finally {
      this.running = false;
    }
  }

  start(intervalMs = 15_000, onError: (err: unknown) => void = () => {}): void {
    this.stop();
    this.timer = setInterval(() => {
      this.tick().catch(onError);
    }, intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async resyncStaleLevels(): Promise<void> {
    for (const levelId of this.staleLevels) {
      await sensorHub.resync(levelId);
    }
  }
}
