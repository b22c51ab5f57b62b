// expect: none
// Every async lookup that lands in the recap text or payload is awaited first (including an inline await inside a template string).
export interface MatchResult {
  matchId: string;
  map: string;
  teamA: string;
  teamB: string;
  roundsA: number;
  roundsB: number;
  mvpPlayerId: string;
  durationSec: number;
}

interface TeamProfile {
  id: string;
  displayName: string;
  region: string;
}

declare const teams: {
  profile(teamId: string): Promise<TeamProfile>;
};

declare const players: {
  handle(playerId: string): Promise<string>;
  adr(playerId: string, matchId: string): Promise<number>;
};

declare const broadcast: {
  postRecap(channel: string, payload: { text: string; matchId: string; winner: string; mvp: string }): Promise<void>;
};

function formatDuration(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return `${m}m${String(s).padStart(2, '0')}s`;
}

export class RecapWriter {
  private readonly nameCache = new Map<string, string>();

  private async teamName(teamId: string): Promise<string> {
    const cached = this.nameCache.get(teamId);
    if (cached !== undefined) return cached;
    const profile = await teams.profile(teamId);
    const name = `${profile.displayName} [${profile.region}]`;
    this.nameCache.set(teamId, name);
    return name;
  }

  async headline(result: MatchResult): Promise<string> {
    const [a, b] = await Promise.all([this.teamName(result.teamA), this.teamName(result.teamB)]);
    const aWon = result.roundsA > result.roundsB;
    const winner = aWon ? a : b;
    const loser = aWon ? b : a;
    const score = aWon ? `${result.roundsA}-${result.roundsB}` : `${result.roundsB}-${result.roundsA}`;
    const overtime = result.roundsA + result.roundsB > 24 ? ' in overtime' : '';
    return `${winner} beat ${loser} ${score} on ${result.map}${overtime}`;
  }

  async publish(channel: string, result: MatchResult): Promise<string> {
    const headline = await this.headline(result);
    const mvp = await players.handle(result.mvpPlayerId);
    const text =
      `${headline} (${formatDuration(result.durationSec)}). ` +
      `MVP: ${mvp} with ${(await players.adr(result.mvpPlayerId, result.matchId)).toFixed(1)} ADR.`;
    const winnerId = result.roundsA > result.roundsB ? result.teamA : result.teamB;
    await broadcast.postRecap(channel, {
      text,
      matchId: result.matchId,
      winner: await this.teamName(winnerId),
      mvp,
    });
    return text;
  }
}
