// expect: none
// The `??` here picks between two promises (a cached in-flight lookup or a fresh one) and the result is returned as a promise, and the report awaits each total before putting it in the template string.
export interface RideScore {
  riderId: string;
  round: number;
  judgeA: number;
  judgeB: number;
  reRide: boolean;
}

export interface ScoreStore {
  ridesFor(riderId: string): Promise<RideScore[]>;
}

export interface AverageLine {
  riderId: string;
  rides: number;
  aggregate: number;
}

export class AggregateCalculator {
  private readonly inflight = new Map<string, Promise<AverageLine>>();
  private readonly done = new Map<string, AverageLine>();

  constructor(private readonly store: ScoreStore) {}

  aggregate(riderId: string): Promise<AverageLine> {
    const cached = this.done.get(riderId);
    if (cached) return Promise.resolve(cached);
    const pending = this.inflight.get(riderId) ?? this.start(riderId);
    return pending;
  }

  invalidate(riderId: string): void {
    this.done.delete(riderId);
  }

  private start(riderId: string): Promise<AverageLine> {
    const pending = this.compute(riderId).finally(() => this.inflight.delete(riderId));
    this.inflight.set(riderId, pending);
    return pending;
  }

  private async compute(riderId: string): Promise<AverageLine> {
    const rides = (await this.store.ridesFor(riderId)).filter((r) => !r.reRide);
    const aggregate = rides.reduce((sum, r) => sum + r.judgeA + r.judgeB, 0);
    const line = { riderId, rides: rides.length, aggregate };
    this.done.set(riderId, line);
    return line;
  }
}

export async function shortGoReport(calc: AggregateCalculator, riderIds: string[]): Promise<string> {
  const lines = await Promise.all(riderIds.map((id) => calc.aggregate(id)));
  const qualified = lines.filter((l) => l.rides >= 3).sort((a, b) => b.aggregate - a.aggregate).slice(0, 12);

  const rows: string[] = [];
  for (const [i, line] of qualified.entries()) {
    const refreshed = await calc.aggregate(line.riderId);
    rows.push(`${String(i + 1).padStart(2)}  ${refreshed.riderId.padEnd(10)} ${refreshed.aggregate.toFixed(1)} on ${refreshed.rides}`);
  }
  return [`Short-go qualifiers (${qualified.length})`, ...rows].join('\n');
}
