// expect: none
// The allSettled results are split into fulfilled and rejected, every rejection reason is logged per shelf and an AggregateError is thrown when any shelf failed.
export interface TurningRobot {
  turnShelf(caveId: string, shelf: string): Promise<{ wheelsTurned: number; brushedWithBrine: boolean }>;
}

export interface AffineurLog {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export interface TurningRound {
  caveId: string;
  shelves: string[];
  startedAt: Date;
}

export interface TurningSummary {
  caveId: string;
  wheelsTurned: number;
  brushed: number;
  failedShelves: string[];
}

export class CaveTurningScheduler {
  constructor(
    private readonly robot: TurningRobot,
    private readonly log: AffineurLog,
  ) {}

  planRound(caveId: string, shelves: string[], dayOfAging: number): TurningRound {
    const turnEvery = dayOfAging < 30 ? 1 : dayOfAging < 120 ? 2 : 7;
    const due = shelves.filter((_, index) => (dayOfAging + index) % turnEvery === 0);
    return { caveId, shelves: due, startedAt: new Date() };
  }

  async runRound(round: TurningRound): Promise<TurningSummary> {
    const results = await Promise.allSettled(
      round.shelves.map((shelf) => this.robot.turnShelf(round.caveId, shelf)),
    );

    let wheelsTurned = 0;
    let brushed = 0;
    const failedShelves: string[] = [];
    const reasons: unknown[] = [];

    results.forEach((result, index) => {
      const shelf = round.shelves[index];
      if (result.status === 'fulfilled') {
        wheelsTurned += result.value.wheelsTurned;
        if (result.value.brushedWithBrine) brushed++;
      } else {
        failedShelves.push(shelf);
        reasons.push(result.reason);
        this.log.error(`turning robot failed on ${round.caveId}/${shelf}`, result.reason);
      }
    });

    this.log.info(`cave ${round.caveId}: turned ${wheelsTurned} wheels on ${round.shelves.length - failedShelves.length} shelves`);

    if (failedShelves.length > 0) {
      throw new AggregateError(reasons, `turning round incomplete in ${round.caveId}: ${failedShelves.join(', ')}`);
    }
    return { caveId: round.caveId, wheelsTurned, brushed, failedShelves };
  }
}

export function shelvesNeedingManualTurn(summary: TurningSummary, allShelves: string[]): string[] {
  const failed = new Set(summary.failedShelves);
  return allShelves.filter((shelf) => failed.has(shelf));
}
