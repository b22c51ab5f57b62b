// expect: none
// The judge names are awaited together via Promise.all before they are interpolated into the scoresheet text and the emailed payload, so only resolved strings are used.
export interface CategoryScore {
  judgeId: string;
  category: 'MUS' | 'PER' | 'SNG';
  points: number;
}

export interface Performance {
  quartet: string;
  round: 'quarter-final' | 'semi-final' | 'final';
  songs: [string, string];
  scores: CategoryScore[];
}

export interface JudgeLookup {
  displayName(judgeId: string): Promise<string>;
}

export interface Mailer {
  send(msg: { to: string; subject: string; text: string; meta: Record<string, unknown> }): Promise<void>;
}

export class ScoresheetWriter {
  constructor(
    private readonly judges: JudgeLookup,
    private readonly mailer: Mailer,
  ) {}

  async render(perf: Performance): Promise<string> {
    const judgeIds = [...new Set(perf.scores.map((s) => s.judgeId))];
    const names = await Promise.all(judgeIds.map((id) => this.judges.displayName(id)));
    const nameOf = new Map(judgeIds.map((id, i) => [id, names[i]!]));

    const lines = perf.scores.map(
      (s) => `  ${s.category}  ${String(s.points).padStart(3)}  ${nameOf.get(s.judgeId) ?? s.judgeId}`,
    );
    const total = perf.scores.reduce((sum, s) => sum + s.points, 0);
    const max = perf.scores.length * 100;
    return [
      `${perf.quartet} — ${perf.round}`,
      `Songs: "${perf.songs[0]}" / "${perf.songs[1]}"`,
      ...lines,
      `Total ${total} / ${max} (${((total / max) * 100).toFixed(1)}%)`,
    ].join('\n');
  }

  async sendToQuartet(perf: Performance, contactEmail: string): Promise<void> {
    const text = await this.render(perf);
    const panel = await Promise.all(
      [...new Set(perf.scores.map((s) => s.judgeId))].map((id) => this.judges.displayName(id)),
    );
    await this.mailer.send({
      to: contactEmail,
      subject: `Your ${perf.round} scoresheet`,
      text,
      meta: { quartet: perf.quartet, panel },
    });
  }
}

export function categoryAverages(perf: Performance): Record<CategoryScore['category'], number> {
  const acc: Record<CategoryScore['category'], number[]> = { MUS: [], PER: [], SNG: [] };
  for (const s of perf.scores) acc[s.category].push(s.points);
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return { MUS: avg(acc.MUS), PER: avg(acc.PER), SNG: avg(acc.SNG) };
}
