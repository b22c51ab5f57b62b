// expect: no-uncalled-async-function
// resetForNextHeat races the transponders' drain method itself rather than its promise, so the race resolves immediately with the function and the next heat starts before pending crossings are drained.
import { setTimeout as delay } from 'node:timers/promises';

export interface TransponderBank {
  drain(): Promise<number>;
  rearm(riderIds: string[]): Promise<void>;
}

export interface Scoreboard {
  clear(): Promise<void>;
  showHeat(heatId: string, riders: string[]): Promise<void>;
}

export interface HeatPlan {
  heatId: string;
  riders: string[];
  event: string;
}

export class HeatSequencer {
  private current: HeatPlan | undefined;
  private readonly completed: string[] = [];

  constructor(
    private readonly transponders: TransponderBank,
    private readonly scoreboard: Scoreboard,
    private readonly drainTimeoutMs = 2_000,
  ) {}

  private async finishCurrent(): Promise<void> {
    if (!this.current) return;
    const ac = new AbortController();
    try {
      await Promise.race([this.transponders.drain, delay(this.drainTimeoutMs, undefined, { signal: ac.signal })]);
    } finally {
      ac.abort();
    }
    this.completed.push(this.current.heatId);
    this.current = undefined;
  }

  async resetForNextHeat(next: HeatPlan): Promise<void> {
    if (next.riders.length === 0) throw new Error(`heat ${next.heatId} has no riders`);
    await this.finishCurrent();
    await this.scoreboard.clear();
    await this.transponders.rearm(next.riders);
    await this.scoreboard.showHeat(next.heatId, next.riders);
    this.current = next;
  }

  async runSession(plans: HeatPlan[], heatRunner: (plan: HeatPlan) => Promise<void>): Promise<string[]> {
    for (const plan of plans) {
      await this.resetForNextHeat(plan);
      await heatRunner(plan);
    }
    await this.finishCurrent();
    return [...this.completed];
  }
}
