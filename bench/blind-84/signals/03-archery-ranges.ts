// expect: no-swallowed-abort
// loadLeaderboard() catches the AbortError from a cancelled fetch and returns an empty "stale" leaderboard, so a superseded request overwrites the screen with no entries instead of being dropped.
export interface LeaderboardEntry {
  archer: string;
  club: string;
  bow: "recurve" | "compound" | "barebow" | "longbow";
  score: number;
  golds: number;
}

export interface Leaderboard {
  rangeId: string;
  round: string;
  entries: LeaderboardEntry[];
  stale: boolean;
}

declare const screen: {
  render(board: Leaderboard): void;
};

const API = "https://scores.archery.example/v1";

function rank(entries: LeaderboardEntry[]): LeaderboardEntry[] {
  // ties on score are broken by number of golds (10s and Xs)
  return [...entries].sort((a, b) => b.score - a.score || b.golds - a.golds);
}

export async function loadLeaderboard(rangeId: string, round: string, signal: AbortSignal): Promise<Leaderboard> {
  try {
    const res = await fetch(`${API}/ranges/${rangeId}/rounds/${encodeURIComponent(round)}/scores`, { signal });
    if (!res.ok) throw new Error(`scores API returned ${res.status}`);
    const entries = (await res.json()) as LeaderboardEntry[];
    return { rangeId, round, entries: rank(entries), stale: false };
  } catch (err) {
    if (err instanceof Error && err.name === "AbortError") {
      return { rangeId, round, entries: [], stale: true };
    }
    throw err;
  }
}

export class LeaderboardView {
  private controller: AbortController | undefined;
  private bowFilter: LeaderboardEntry["bow"] | undefined;

  async show(rangeId: string, round: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const board = await loadLeaderboard(rangeId, round, controller.signal);
      const entries = this.bowFilter ? board.entries.filter((e) => e.bow === this.bowFilter) : board.entries;
      screen.render({ ...board, entries });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  filterBow(bow: LeaderboardEntry["bow"] | undefined): void {
    this.bowFilter = bow;
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
