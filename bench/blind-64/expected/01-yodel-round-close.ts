// expect: no-uncalled-async-function
// closeRound puts `this.publishLeaderboard` (the method itself, not a call) into Promise.all, so the leaderboard is never republished after a round closes.
export interface JudgeScore {
  judgeId: string;
  contestantId: string;
  pitch: number;
  breakClarity: number;
  stamina: number;
  showmanship: number;
}

export interface Round {
  id: string;
  contestId: string;
  status: 'open' | 'closed';
  scores: JudgeScore[];
}

export interface Standing {
  contestantId: string;
  total: number;
  rank: number;
}

declare const roundStore: {
  get(roundId: string): Promise<Round>;
  save(round: Round): Promise<void>;
  standings(contestId: string): Promise<Standing[]>;
};

declare const scoreboard: {
  push(contestId: string, standings: Standing[]): Promise<void>;
};

declare const auditTrail: {
  record(event: string, data: Record<string, unknown>): Promise<void>;
};

const WEIGHTS = { pitch: 0.35, breakClarity: 0.3, stamina: 0.15, showmanship: 0.2 } as const;

export function weightedTotal(s: JudgeScore): number {
  return s.pitch * WEIGHTS.pitch + s.breakClarity * WEIGHTS.breakClarity + s.stamina * WEIGHTS.stamina + s.showmanship * WEIGHTS.showmanship;
}

export class RoundJudging {
  private contestId = '';

  constructor(private readonly panelSize: number) {}

  private async publishLeaderboard(): Promise<void> {
    const standings = await roundStore.standings(this.contestId);
    await scoreboard.push(this.contestId, standings);
  }

  private dropOutliers(scores: JudgeScore[]): JudgeScore[] {
    const byContestant = new Map<string, JudgeScore[]>();
    for (const s of scores) {
      const list = byContestant.get(s.contestantId) ?? [];
      list.push(s);
      byContestant.set(s.contestantId, list);
    }
    const kept: JudgeScore[] = [];
    for (const list of byContestant.values()) {
      if (list.length < 4) {
        kept.push(...list);
        continue;
      }
      const sorted = [...list].sort((a, b) => weightedTotal(a) - weightedTotal(b));
      kept.push(...sorted.slice(1, -1));
    }
    return kept;
  }

  async closeRound(roundId: string): Promise<Round> {
    const round = await roundStore.get(roundId);
    if (round.status === 'closed') return round;

    const judges = new Set(round.scores.map((s) => s.judgeId));
    if (judges.size < this.panelSize) {
      throw new Error(`round ${roundId} has ${judges.size}/${this.panelSize} judges scored`);
    }

    this.contestId = round.contestId;
    const closed: Round = { ...round, status: 'closed', scores: this.dropOutliers(round.scores) };

    await Promise.all([
      roundStore.save(closed),
      this.publishLeaderboard,
      auditTrail.record('round-closed', { roundId, judges: judges.size, kept: closed.scores.length }),
    ]);
    return closed;
  }
}
