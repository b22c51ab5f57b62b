// expect: no-unchecked-settled-results
// The allSettled results are only counted, never inspected, so a scoreboard that rejected the push is reported as published and the failure is silently lost.
export interface RideScore {
  rideId: string;
  rider: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding';
  total: number;
  noScore: boolean;
}

export interface ScoreboardTarget {
  name: string;
  push(score: RideScore): Promise<{ displayedAt: Date }>;
}

export interface PublishSummary {
  rideId: string;
  boards: number;
  publishedAt: Date;
}

export interface StandingsStore {
  record(score: RideScore): Promise<void>;
  leaders(event: RideScore['event'], top: number): Promise<RideScore[]>;
}

export function formatForBoard(score: RideScore): RideScore {
  if (score.noScore) {
    return { ...score, total: 0 };
  }
  return { ...score, total: Math.round(score.total * 4) / 4 };
}

export class ScorePublisher {
  private readonly history: PublishSummary[] = [];

  constructor(
    private readonly boards: ScoreboardTarget[],
    private readonly standings: StandingsStore,
    private readonly log: (line: string) => void = console.log,
  ) {}

  async publish(raw: RideScore): Promise<PublishSummary> {
    const score = formatForBoard(raw);
    await this.standings.record(score);

    const results = await Promise.allSettled(this.boards.map((board) => board.push(score)));

    const summary: PublishSummary = {
      rideId: score.rideId,
      boards: results.length,
      publishedAt: new Date(),
    };
    this.history.push(summary);
    this.log(`ride ${score.rideId} (${score.rider}, ${score.total}) sent to ${results.length} scoreboards`);
    return summary;
  }

  async publishLeaders(event: RideScore['event']): Promise<void> {
    const leaders = await this.standings.leaders(event, 5);
    for (const leader of leaders) {
      await this.publish(leader);
    }
  }

  lastPublished(rideId: string): PublishSummary | undefined {
    for (let i = this.history.length - 1; i >= 0; i--) {
      if (this.history[i]!.rideId === rideId) return this.history[i];
    }
    return undefined;
  }
}
