// expect: no-uncalled-async-function
// The Promise.all list contains this.preloadScores without parentheses, so the scores are never loaded and the recital starts with an empty stand.
export interface Score {
  id: string;
  title: string;
  pages: number;
  bellsUsed: number[];
}

export interface TowerControl {
  unlockClavier(): Promise<void>;
  checkTransmission(): Promise<{ slackMm: Record<number, number> }>;
  setPracticeMute(on: boolean): Promise<void>;
}

declare const library: { fetchScore(id: string): Promise<Score> };

export class RecitalPrep {
  private readonly stand = new Map<string, Score>();

  constructor(
    private readonly tower: TowerControl,
    private readonly programme: string[],
  ) {}

  async preloadScores(): Promise<void> {
    const scores = await Promise.all(this.programme.map((id) => library.fetchScore(id)));
    for (const s of scores) this.stand.set(s.id, s);
  }

  async prepare(): Promise<{ ready: boolean; warnings: string[] }> {
    const warnings: string[] = [];

    await Promise.all([
      this.preloadScores,
      this.tower.unlockClavier(),
      this.tower.setPracticeMute(false),
    ]);

    const { slackMm } = await this.tower.checkTransmission();
    for (const [bell, slack] of Object.entries(slackMm)) {
      if (slack > 6) warnings.push(`bell ${bell}: transmission slack ${slack} mm, adjust before playing`);
    }

    for (const id of this.programme) {
      if (!this.stand.has(id)) warnings.push(`score ${id} missing from the stand`);
    }
    return { ready: warnings.length === 0, warnings };
  }

  bellsNeeded(): number[] {
    const bells = new Set<number>();
    for (const s of this.stand.values()) s.bellsUsed.forEach((b) => bells.add(b));
    return [...bells].sort((a, b) => a - b);
  }

  pageTurns(): number {
    let turns = 0;
    for (const s of this.stand.values()) turns += Math.max(0, s.pages - 1);
    return turns;
  }
}

export async function prepareEveningRecital(tower: TowerControl, programme: string[]): Promise<RecitalPrep> {
  const prep = new RecitalPrep(tower, programme);
  const { ready, warnings } = await prep.prepare();
  if (!ready) {
    console.warn(`[recital] not ready:\n  ${warnings.join('\n  ')}`);
  }
  return prep;
}
