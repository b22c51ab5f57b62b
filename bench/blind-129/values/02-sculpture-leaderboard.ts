// expect: none
// Every score and sculptor name interpolated into the leaderboard text is awaited first, so the template strings contain numbers and names rather than promises.
export interface Plot {
  id: string;
  title: string;
  sculptorId: string;
  category: 'solo' | 'duo' | 'youth';
}

export interface ScoreBoardStore {
  totalScore(plotId: string): Promise<number>;
  peoplesChoiceVotes(plotId: string): Promise<number | undefined>;
}

export interface Registry {
  sculptorName(sculptorId: string): Promise<string>;
}

export interface Display {
  render(category: string, lines: string[]): Promise<void>;
}

interface Row {
  plot: Plot;
  name: string;
  score: number;
  votes: number;
}

export class LeaderboardPublisher {
  constructor(
    private readonly scores: ScoreBoardStore,
    private readonly registry: Registry,
    private readonly display: Display,
  ) {}

  private async row(plot: Plot): Promise<Row> {
    const [score, votes, name] = await Promise.all([
      this.scores.totalScore(plot.id),
      this.scores.peoplesChoiceVotes(plot.id),
      this.registry.sculptorName(plot.sculptorId),
    ]);
    return { plot, name, score, votes: votes ?? 0 };
  }

  async publish(plots: Plot[], top = 10): Promise<Record<string, string[]>> {
    const byCategory: Record<string, string[]> = {};
    const categories = [...new Set(plots.map((p) => p.category))];

    for (const category of categories) {
      const rows = await Promise.all(plots.filter((p) => p.category === category).map((p) => this.row(p)));
      rows.sort((a, b) => b.score - a.score || b.votes - a.votes);
      const lines = rows
        .slice(0, top)
        .map((r, i) => `${i + 1}. "${r.plot.title}" by ${r.name} - ${r.score.toFixed(1)} pts (${r.votes} votes)`);
      await this.display.render(category, lines);
      byCategory[category] = lines;
    }

    return byCategory;
  }

  async headline(plot: Plot): Promise<string> {
    const score = await this.scores.totalScore(plot.id);
    const name = await this.registry.sculptorName(plot.sculptorId);
    return `Now leading: ${name} with "${plot.title}" at ${score.toFixed(1)} points`;
  }
}
