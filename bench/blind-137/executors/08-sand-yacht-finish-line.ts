// expect: none
// The heat's deferred is resolved only through close(), which is guarded by a closed flag and clears the time-limit timer.
export interface Finisher {
  sailNumber: string;
  elapsedMs: number;
}

export interface HeatResult {
  heatId: string;
  status: 'complete' | 'time-limit' | 'abandoned';
  reason?: string;
  finishers: Finisher[];
  nonFinishers: string[];
}

export class HeatFinishLine {
  private readonly crossings = new Map<string, number>();
  private readonly done = Promise.withResolvers<HeatResult>();
  private timeLimit: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    readonly heatId: string,
    private readonly fleet: readonly string[],
    private readonly startedAt: number,
  ) {}

  armTimeLimit(ms: number): void {
    if (this.closed) return;
    clearTimeout(this.timeLimit);
    this.timeLimit = setTimeout(() => this.close('time-limit'), ms);
  }

  recordCrossing(sailNumber: string, at: number): void {
    if (this.closed) return;
    if (!this.fleet.includes(sailNumber)) {
      throw new Error(`yacht ${sailNumber} is not entered in heat ${this.heatId}`);
    }
    if (this.crossings.has(sailNumber)) return;
    this.crossings.set(sailNumber, at - this.startedAt);
    if (this.crossings.size === this.fleet.length) this.close('complete');
  }

  abandon(reason: string): void {
    this.close('abandoned', reason);
  }

  result(): Promise<HeatResult> {
    return this.done.promise;
  }

  private close(status: HeatResult['status'], reason?: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timeLimit);
    const finishers = [...this.crossings]
      .map(([sailNumber, elapsedMs]) => ({ sailNumber, elapsedMs }))
      .sort((a, b) => a.elapsedMs - b.elapsedMs);
    const nonFinishers = this.fleet.filter((sail) => !this.crossings.has(sail));
    this.done.resolve({ heatId: this.heatId, status, reason, finishers, nonFinishers });
  }
}

export async function runHeat(
  line: HeatFinishLine,
  limitMs: number,
  publish: (result: HeatResult) => Promise<void>,
): Promise<HeatResult> {
  line.armTimeLimit(limitMs);
  const result = await line.result();
  await publish(result);
  return result;
}
