// expect: no-unchecked-settled-results
// startForFrost keeps only the fulfilled entries from Promise.allSettled and never looks at the rejected ones, so fans that failed to start silently drop out of the report and the alert.
export interface FanUnit {
  id: string;
  block: string;
  start(targetRpm: number): Promise<{ rpm: number; engineTempC: number }>;
}

export interface InversionForecast {
  block: string;
  groundC: number;
  tenMetreC: number;
}

export interface AlertChannel {
  notify(message: string): Promise<void>;
}

export interface RunningFan {
  id: string;
  block: string;
  rpm: number;
}

export class FrostProtection {
  constructor(
    private readonly fans: FanUnit[],
    private readonly alerts: AlertChannel,
    private readonly startBelowC = 0.5,
    private readonly minInversionC = 1.5,
  ) {}

  /** Fans only help when there is warmer air aloft to pull down. */
  blocksWorthRunning(forecast: InversionForecast[]): Set<string> {
    return new Set(
      forecast
        .filter((f) => f.groundC <= this.startBelowC && f.tenMetreC - f.groundC >= this.minInversionC)
        .map((f) => f.block),
    );
  }

  async startForFrost(forecast: InversionForecast[], targetRpm = 590): Promise<RunningFan[]> {
    const blocks = this.blocksWorthRunning(forecast);
    const fans = this.fans.filter((f) => blocks.has(f.block));
    if (fans.length === 0) return [];

    const outcomes = await Promise.allSettled(fans.map((f) => f.start(targetRpm)));
    const running: RunningFan[] = [];
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') {
        running.push({ id: fans[i].id, block: fans[i].block, rpm: outcome.value.rpm });
      }
    });

    const perBlock = new Map<string, number>();
    for (const fan of running) perBlock.set(fan.block, (perBlock.get(fan.block) ?? 0) + 1);
    const summary = [...perBlock].map(([block, n]) => `${block}: ${n}`).join(', ');
    await this.alerts.notify(`frost protocol active, ${running.length} fans running (${summary})`);
    return running;
  }
}
