// expect: none
// close() calls flushScores() and every registered hook inside Promise.all, so each await waits on a real promise rather than a function reference.
export interface ScoreCard {
  teamId: string;
  judgeId: string;
  points: number;
}

export interface ScoreArchive {
  append(cards: ScoreCard[]): Promise<void>;
}

export type CloseHook = () => Promise<void>;

export interface Announcer {
  announce(message: string): Promise<void>;
}

export class JudgingSession {
  private buffer: ScoreCard[] = [];
  private readonly hooks: CloseHook[] = [];
  private open = true;

  constructor(
    private readonly archive: ScoreArchive,
    private readonly announcer: Announcer,
    readonly competition: string,
  ) {}

  onClose(hook: CloseHook): void {
    this.hooks.push(hook);
  }

  record(card: ScoreCard): void {
    if (!this.open) throw new Error(`judging for ${this.competition} is closed`);
    if (card.points < 0 || card.points > 10) throw new RangeError(`invalid score ${card.points}`);
    this.buffer.push(card);
  }

  async flushScores(): Promise<number> {
    const cards = this.buffer;
    this.buffer = [];
    if (cards.length > 0) await this.archive.append(cards);
    return cards.length;
  }

  standings(cards: ScoreCard[]): Array<[string, number]> {
    const totals = new Map<string, number>();
    for (const c of cards) totals.set(c.teamId, (totals.get(c.teamId) ?? 0) + c.points);
    return [...totals.entries()].sort((a, b) => b[1] - a[1]);
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    const final = [...this.buffer];
    await Promise.all([this.flushScores(), ...this.hooks.map((hook) => hook())]);
    const [winner] = this.standings(final);
    await this.announcer.announce(
      winner
        ? `${this.competition}: judging closed, leading team ${winner[0]} with ${winner[1]} points`
        : `${this.competition}: judging closed with no scores`,
    );
  }
}
