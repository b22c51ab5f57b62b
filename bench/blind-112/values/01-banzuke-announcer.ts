// expect: none
// Every registry lookup is awaited before its value is interpolated, compared or put into the announcement payload, so only real values are used.
export type Rank = 'yokozuna' | 'ozeki' | 'sekiwake' | 'komusubi' | 'maegashira' | 'juryo';

export interface RikishiRecord {
  shikona: string;
  stable: string;
  rank: Rank;
  rankNumber?: number;
}

export interface RikishiRegistry {
  lookup(shikona: string): Promise<RikishiRecord | undefined>;
  winsThisBasho(shikona: string): Promise<number>;
}

export interface Scoreboard {
  publish(payload: { line: string; eastWins: number; westWins: number; upset: boolean }): Promise<void>;
}

const RANK_ORDER: Rank[] = ['yokozuna', 'ozeki', 'sekiwake', 'komusubi', 'maegashira', 'juryo'];

function describeRank(r: RikishiRecord): string {
  return r.rankNumber ? `${r.rank} ${r.rankNumber}` : r.rank;
}

function outranks(a: RikishiRecord, b: RikishiRecord): boolean {
  const ai = RANK_ORDER.indexOf(a.rank);
  const bi = RANK_ORDER.indexOf(b.rank);
  if (ai !== bi) return ai < bi;
  return (a.rankNumber ?? 0) < (b.rankNumber ?? 0);
}

export class BanzukeAnnouncer {
  constructor(
    private readonly registry: RikishiRegistry,
    private readonly board: Scoreboard,
  ) {}

  async announceBout(east: string, west: string, winner: 'east' | 'west'): Promise<string> {
    const [eastRec, westRec] = await Promise.all([this.registry.lookup(east), this.registry.lookup(west)]);
    if (!eastRec || !westRec) {
      throw new Error(`unknown rikishi in bout ${east} vs ${west}`);
    }

    const eastWins = await this.registry.winsThisBasho(east);
    const westWins = await this.registry.winsThisBasho(west);

    const [victor, loser] = winner === 'east' ? [eastRec, westRec] : [westRec, eastRec];
    const upset = outranks(loser, victor);
    const line = `${victor.shikona} (${describeRank(victor)}) defeats ${loser.shikona} (${describeRank(loser)})`;

    await this.board.publish({ line, eastWins, westWins, upset });
    return line;
  }

  async isKachiKoshi(shikona: string, daysFought = 15): Promise<boolean> {
    const wins = await this.registry.winsThisBasho(shikona);
    return wins > daysFought / 2;
  }
}
