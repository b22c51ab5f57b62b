// expect: none
// auditWrite gets its rejection handler (.then with onRejected) in the same expression that creates it, so the early returns that skip awaiting it leave nothing unobserved.
export interface JudgeCard {
  judgeId: string;
  riderScore: number;
  animalScore: number;
  penalties: number;
}

export interface RideEntry {
  rideId: string;
  event: 'saddle-bronc' | 'bareback' | 'bull-riding';
  contestant: string;
  qualified: boolean;
  cards: JudgeCard[];
}

export interface AuditLog {
  record(entry: { rideId: string; action: string; at: string; payload: unknown }): Promise<void>;
}

export interface Leaderboard {
  post(rideId: string, contestant: string, score: number): Promise<{ rank: number }>;
}

export type SubmitOutcome =
  | { status: 'no-score'; rideId: string }
  | { status: 'incomplete'; rideId: string; missingJudges: number }
  | { status: 'posted'; rideId: string; score: number; rank: number; auditOk: boolean };

const REQUIRED_JUDGES = 2;

function total(cards: JudgeCard[]): number {
  // Each judge scores rider and animal 1–25; the two judges' totals are summed.
  return cards.reduce((sum, c) => sum + Math.max(0, c.riderScore + c.animalScore - c.penalties), 0);
}

export class ScoreDesk {
  constructor(
    private readonly audit: AuditLog,
    private readonly board: Leaderboard,
    private readonly log: Pick<Console, 'warn'> = console,
  ) {}

  async submit(ride: RideEntry): Promise<SubmitOutcome> {
    const auditWrite = this.audit
      .record({
        rideId: ride.rideId,
        action: 'score-submitted',
        at: new Date().toISOString(),
        payload: ride.cards,
      })
      .then(
        () => true,
        (err: unknown) => {
          this.log.warn(`audit write failed for ride ${ride.rideId}`, err);
          return false;
        },
      );

    if (!ride.qualified) {
      // Bucked off before the whistle: no score, nothing to post.
      return { status: 'no-score', rideId: ride.rideId };
    }

    if (ride.cards.length < REQUIRED_JUDGES) {
      return {
        status: 'incomplete',
        rideId: ride.rideId,
        missingJudges: REQUIRED_JUDGES - ride.cards.length,
      };
    }

    const score = total(ride.cards.slice(0, REQUIRED_JUDGES));
    const { rank } = await this.board.post(ride.rideId, ride.contestant, score);
    const auditOk = await auditWrite;

    return { status: 'posted', rideId: ride.rideId, score, rank, auditOk };
  }
}
