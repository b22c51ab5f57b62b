// expect: no-floating-promises
// Bug: closeRound submits each plot score inside scores.forEach(async ...), so the submissions float and the round is closed before they finish or fail.
declare const scoringApi: {
  submit(contestId: string, score: PlotScore): Promise<void>;
  closeRound(contestId: string, round: number): Promise<void>;
};

declare const tideTable: {
  minutesUntilHighTide(beachId: string): number;
};

export interface PlotEntry {
  plotId: string;
  teamName: string;
  heightCm: number;
  towers: number;
  judgeMarks: number[];
  usedMoat: boolean;
}

export interface PlotScore {
  plotId: string;
  round: number;
  total: number;
  breakdown: { craft: number; height: number; features: number };
}

const HEIGHT_CAP_CM = 180;

function trimmedMean(marks: number[]): number {
  if (marks.length <= 2) return marks.reduce((a, b) => a + b, 0) / Math.max(1, marks.length);
  const sorted = [...marks].sort((a, b) => a - b).slice(1, -1);
  return sorted.reduce((a, b) => a + b, 0) / sorted.length;
}

export function scorePlot(entry: PlotEntry, round: number): PlotScore {
  const craft = trimmedMean(entry.judgeMarks) * 6;
  const height = (Math.min(entry.heightCm, HEIGHT_CAP_CM) / HEIGHT_CAP_CM) * 25;
  const features = Math.min(15, entry.towers * 2 + (entry.usedMoat ? 3 : 0));
  return {
    plotId: entry.plotId,
    round,
    total: Math.round((craft + height + features) * 10) / 10,
    breakdown: { craft, height, features },
  };
}

export class RoundCloser {
  private closedRounds = new Set<number>();

  constructor(private readonly contestId: string, private readonly beachId: string) {}

  async closeRound(round: number, entries: PlotEntry[]): Promise<PlotScore[]> {
    if (this.closedRounds.has(round)) {
      throw new Error(`round ${round} of ${this.contestId} is already closed`);
    }
    if (tideTable.minutesUntilHighTide(this.beachId) < 10) {
      throw new Error('tide is coming in; judging must finish before scores are submitted');
    }

    const scores = entries.map((entry) => scorePlot(entry, round));
    const disqualified = new Set(entries.filter((e) => e.judgeMarks.length < 3).map((e) => e.plotId));

    scores.forEach(async (score) => {
      if (disqualified.has(score.plotId)) return;
      await scoringApi.submit(this.contestId, score);
    });

    await scoringApi.closeRound(this.contestId, round);
    this.closedRounds.add(round);
    return scores
      .filter((s) => !disqualified.has(s.plotId))
      .sort((a, b) => b.total - a.total);
  }
}
