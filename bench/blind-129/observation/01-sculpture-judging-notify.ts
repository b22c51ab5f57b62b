// expect: none
// Each sculptor's score notification is an async callback collected with map and awaited through Promise.all, so every send is observed and failures reach the caller.
export interface Sculpture {
  plotId: string;
  sculptorId: string;
  title: string;
}

export interface JudgeScore {
  plotId: string;
  judgeId: string;
  technique: number;
  creativity: number;
  stability: number;
}

export interface SculptorDirectory {
  contactFor(sculptorId: string): Promise<{ email: string; name: string }>;
}

export interface FestivalMailer {
  send(message: { to: string; subject: string; body: string }): Promise<void>;
}

export interface ScoreStore {
  scoresFor(plotId: string): Promise<JudgeScore[]>;
  markAnnounced(plotId: string): Promise<void>;
}

function average(scores: JudgeScore[]): number {
  if (scores.length === 0) return 0;
  const total = scores.reduce((sum, s) => sum + s.technique + s.creativity + s.stability, 0);
  return Math.round((total / (scores.length * 3)) * 10) / 10;
}

export class JudgingAnnouncer {
  constructor(
    private readonly directory: SculptorDirectory,
    private readonly mailer: FestivalMailer,
    private readonly scores: ScoreStore,
  ) {}

  async announceRound(entries: Sculpture[]): Promise<{ announced: number; topPlot?: string }> {
    const averages = await Promise.all(
      entries.map(async (entry) => {
        const [contact, scores] = await Promise.all([
          this.directory.contactFor(entry.sculptorId),
          this.scores.scoresFor(entry.plotId),
        ]);
        const avg = average(scores);
        await this.mailer.send({
          to: contact.email,
          subject: `Judging results for "${entry.title}"`,
          body: `Hi ${contact.name}, your sculpture on plot ${entry.plotId} averaged ${avg} across ${scores.length} judges.`,
        });
        await this.scores.markAnnounced(entry.plotId);
        return { plotId: entry.plotId, avg };
      }),
    );

    const top = averages.reduce<{ plotId: string; avg: number } | undefined>(
      (best, cur) => (!best || cur.avg > best.avg ? cur : best),
      undefined,
    );
    return { announced: averages.length, topPlot: top?.plotId };
  }
}
