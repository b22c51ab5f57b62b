// expect: no-promise-as-value
// The payload's chiefJudge field holds the un-awaited promise from the async resolveJudgeName, so JSON.stringify sends an empty object instead of the judge's name.
export interface ThrowRecord {
  attempt: number;
  clock: number;
  lengthFt: number;
  turned: boolean;
}

export interface Scorecard {
  id: string;
  games: string;
  athlete: string;
  chiefJudgeId: string;
  throws: ThrowRecord[];
}

export interface ScorecardStore {
  getCard(id: string): Promise<Scorecard>;
  markPublished(id: string, at: Date): Promise<void>;
}

export interface JudgeDirectory {
  lookup(judgeId: string): Promise<{ id: string; givenName: string; surname: string } | null>;
}

function bestThrow(throws: readonly ThrowRecord[]): ThrowRecord | null {
  const turned = throws.filter((t) => t.turned);
  if (turned.length === 0) return null;
  // Closest to 12 o'clock wins; ties go to the longer caber.
  return turned.reduce((best, t) => {
    const d = Math.abs(12 - t.clock);
    const bd = Math.abs(12 - best.clock);
    return d < bd || (d === bd && t.lengthFt > best.lengthFt) ? t : best;
  });
}

export class ScorecardExporter {
  constructor(
    private readonly store: ScorecardStore,
    private readonly judges: JudgeDirectory,
    private readonly resultsUrl: string,
  ) {}

  private async resolveJudgeName(judgeId: string): Promise<string> {
    const judge = await this.judges.lookup(judgeId);
    return judge ? `${judge.givenName} ${judge.surname}` : `judge #${judgeId}`;
  }

  async publish(cardId: string): Promise<void> {
    const card = await this.store.getCard(cardId);
    const best = bestThrow(card.throws);

    const payload = {
      games: card.games,
      athlete: card.athlete,
      chiefJudge: this.resolveJudgeName(card.chiefJudgeId),
      attempts: card.throws.length,
      best: best ? { clock: best.clock, lengthFt: best.lengthFt } : null,
      throws: card.throws.map((t) => ({
        n: t.attempt,
        result: t.turned ? `${t.clock}:00` : 'no turn',
      })),
    };

    const res = await fetch(`${this.resultsUrl}/scorecards/${encodeURIComponent(card.id)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) {
      throw new Error(`results service rejected scorecard ${card.id}: HTTP ${res.status}`);
    }
    await this.store.markPublished(card.id, new Date());
  }
}
