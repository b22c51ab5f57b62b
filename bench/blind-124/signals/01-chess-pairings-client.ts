// expect: no-swallowed-abort
// When the pairings request is aborted, the catch turns the AbortError into an empty pairing list, so callers cannot tell a cancelled fetch from a round with no games and keep going.
export interface Pairing {
  board: number;
  white: string;
  black: string | null;
}

interface RawPairing {
  table: number;
  white_fide_id: string;
  black_fide_id?: string;
  bye?: boolean;
}

export class PairingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json' };
  }

  async fetchPairings(tournamentId: string, round: number, signal: AbortSignal): Promise<Pairing[]> {
    const url = `${this.baseUrl}/tournaments/${encodeURIComponent(tournamentId)}/rounds/${round}/pairings`;
    try {
      const res = await fetch(url, { headers: this.headers(), signal });
      if (res.status === 404) return [];
      if (!res.ok) throw new Error(`federation API answered ${res.status} for round ${round}`);
      const body = (await res.json()) as { pairings: RawPairing[] };
      return body.pairings
        .map((p) => ({
          board: p.table,
          white: p.white_fide_id,
          black: p.bye ? null : (p.black_fide_id ?? null),
        }))
        .sort((a, b) => a.board - b.board);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        return [];
      }
      throw err;
    }
  }

  async publishedRounds(tournamentId: string, signal: AbortSignal): Promise<number> {
    const res = await fetch(`${this.baseUrl}/tournaments/${encodeURIComponent(tournamentId)}`, {
      headers: this.headers(),
      signal,
    });
    if (!res.ok) throw new Error(`federation API answered ${res.status}`);
    const body = (await res.json()) as { rounds_published: number };
    return body.rounds_published;
  }

  /** Loads every published round; an empty round means pairings are not out yet. */
  async syncTournament(tournamentId: string, signal: AbortSignal): Promise<Map<number, Pairing[]>> {
    const rounds = await this.publishedRounds(tournamentId, signal);
    const all = new Map<number, Pairing[]>();
    for (let round = 1; round <= rounds; round++) {
      const pairings = await this.fetchPairings(tournamentId, round, signal);
      if (pairings.length === 0) break;
      all.set(round, pairings);
    }
    return all;
  }
}
