// expect: no-read-before-settle
// startPeriod() kicks off the clock-offset sync with .then() and then synchronously uses this.offsetMs, which still holds the previous period's value.
export interface PeriodConfig {
  period: 1 | 2 | 3 | 'OT';
  lengthSeconds: number;
}

export interface ClockFrame {
  period: PeriodConfig['period'];
  remaining: string;
  running: boolean;
  horn: boolean;
}

declare const timeServer: {
  /** Milliseconds to add to Date.now() to get league-official time. */
  measureOffset(): Promise<number>;
};

declare const scoreboardBus: {
  publish(frame: ClockFrame): void;
};

declare const leagueFeed: {
  periodStarted(period: PeriodConfig['period'], officialStartMs: number, endsAtMs: number): void;
};

function format(ms: number): string {
  const totalTenths = Math.max(0, Math.ceil(ms / 100));
  const minutes = Math.floor(totalTenths / 600);
  const seconds = Math.floor((totalTenths % 600) / 10);
  if (minutes === 0 && seconds < 60) {
    return `${seconds}.${totalTenths % 10}`;
  }
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

export class PeriodClock {
  private offsetMs = 0;
  private current?: PeriodConfig;
  private endsAtMs = 0;
  private pausedRemainingMs?: number;

  private officialNow(): number {
    return Date.now() + this.offsetMs;
  }

  startPeriod(config: PeriodConfig): void {
    this.current = config;
    this.pausedRemainingMs = undefined;
    timeServer.measureOffset().then(
      (offset) => {
        this.offsetMs = offset;
      },
      () => {
        // keep the last known offset if the time server is unreachable
      },
    );
    const start = this.officialNow();
    this.endsAtMs = start + config.lengthSeconds * 1000;
    leagueFeed.periodStarted(config.period, start, this.endsAtMs);
  }

  stop(): void {
    if (this.pausedRemainingMs === undefined) {
      this.pausedRemainingMs = this.endsAtMs - this.officialNow();
    }
  }

  resume(): void {
    if (this.pausedRemainingMs !== undefined) {
      this.endsAtMs = this.officialNow() + this.pausedRemainingMs;
      this.pausedRemainingMs = undefined;
    }
  }

  tick(): ClockFrame | undefined {
    if (!this.current) return undefined;
    const running = this.pausedRemainingMs === undefined;
    const remainingMs = running ? this.endsAtMs - this.officialNow() : this.pausedRemainingMs!;
    const frame: ClockFrame = {
      period: this.current.period,
      remaining: format(remainingMs),
      running,
      horn: running && remainingMs <= 0,
    };
    scoreboardBus.publish(frame);
    return frame;
  }
}
