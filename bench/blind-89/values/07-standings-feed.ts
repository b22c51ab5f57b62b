// expect: none
// Correct: the `||=` and the truthiness test act on an optional cached connection promise (presence, not value), and every value placed in the JSON frame is awaited.
export interface Standing {
  player: string;
  fideId: number;
  points: number;
  buchholz: number;
  sonnebornBerger: number;
}

interface FeedConnection {
  send(frame: string): Promise<void>;
  close(): Promise<void>;
}

declare function openFeedConnection(url: string): Promise<FeedConnection>;
declare const results: {
  standings(tournamentId: string, afterRound: number): Promise<Standing[]>;
  pairings(tournamentId: string, round: number): Promise<Array<{ board: number; white: string; black: string }>>;
  roundComplete(tournamentId: string, round: number): Promise<boolean>;
};

function rankWithTiebreaks(rows: Standing[]): Array<Standing & { rank: number }> {
  const sorted = [...rows].sort(
    (a, b) => b.points - a.points || b.buchholz - a.buchholz || b.sonnebornBerger - a.sonnebornBerger,
  );
  return sorted.map((row, i) => {
    const prev = sorted[i - 1];
    const tied = prev && prev.points === row.points && prev.buchholz === row.buchholz && prev.sonnebornBerger === row.sonnebornBerger;
    return { ...row, rank: tied ? i : i + 1 };
  });
}

export class StandingsFeed {
  #connection: Promise<FeedConnection> | undefined;

  constructor(private readonly url: string, private readonly tournamentId: string) {}

  #conn(): Promise<FeedConnection> {
    this.#connection ||= openFeedConnection(this.url).catch((err: unknown) => {
      this.#connection = undefined; // let the next publish try again
      throw err;
    });
    return this.#connection;
  }

  async publishRound(round: number): Promise<void> {
    const complete = await results.roundComplete(this.tournamentId, round);
    if (!complete) {
      throw new Error(`round ${round} still has unfinished boards`);
    }

    const [standings, nextPairings] = await Promise.all([
      results.standings(this.tournamentId, round),
      results.pairings(this.tournamentId, round + 1),
    ]);

    const conn = await this.#conn();
    await conn.send(
      JSON.stringify({
        type: 'standings',
        tournamentId: this.tournamentId,
        round,
        standings: rankWithTiebreaks(standings),
        nextPairings,
        publishedAt: new Date().toISOString(),
      }),
    );
  }

  async close(): Promise<void> {
    if (this.#connection) {
      const pending = this.#connection;
      this.#connection = undefined;
      const conn = await pending.catch(() => null);
      await conn?.close();
    }
  }
}
