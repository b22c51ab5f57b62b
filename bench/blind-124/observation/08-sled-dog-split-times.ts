// expect: no-unobserved-promise
// All checkpoint requests are started up front but awaited one by one in a loop, so a later checkpoint that rejects while an earlier one is still pending has no handler and becomes an unhandled rejection.
export interface Checkpoint {
  code: string;
  name: string;
  mile: number;
}

export interface SplitRow {
  bib: number;
  inAt: string;
  outAt: string | null;
  dogsIn: number;
}

export interface TimingClient {
  fetchSplits(raceId: string, checkpointCode: string): Promise<SplitRow[]>;
}

export interface TeamStanding {
  bib: number;
  lastCheckpoint: string;
  mile: number;
  restMinutes: number;
  dogs: number;
}

export class SplitAggregator {
  constructor(private readonly client: TimingClient) {}

  async standings(raceId: string, checkpoints: Checkpoint[]): Promise<TeamStanding[]> {
    const ordered = [...checkpoints].sort((a, b) => a.mile - b.mile);
    const pending = ordered.map((cp) => this.client.fetchSplits(raceId, cp.code));

    const byBib = new Map<number, TeamStanding>();
    for (const [i, request] of pending.entries()) {
      const cp = ordered[i];
      const rows = await request;
      for (const row of rows) {
        const prev = byBib.get(row.bib);
        const rest = row.outAt ? (Date.parse(row.outAt) - Date.parse(row.inAt)) / 60_000 : 0;
        byBib.set(row.bib, {
          bib: row.bib,
          lastCheckpoint: cp.name,
          mile: cp.mile,
          restMinutes: (prev?.restMinutes ?? 0) + rest,
          dogs: row.dogsIn,
        });
      }
    }

    return [...byBib.values()].sort((a, b) => b.mile - a.mile || a.restMinutes - b.restMinutes);
  }

  static mandatoryRestOwed(standing: TeamStanding, requiredMinutes = 24 * 60): number {
    return Math.max(0, requiredMinutes - standing.restMinutes);
  }

  async report(raceId: string, checkpoints: Checkpoint[]): Promise<string> {
    const rows = await this.standings(raceId, checkpoints);
    return rows
      .map(
        (s, place) =>
          `${place + 1}. bib ${s.bib} — ${s.lastCheckpoint} (mile ${s.mile}), ${s.dogs} dogs, ` +
          `rest owed ${Math.round(SplitAggregator.mandatoryRestOwed(s))} min`,
      )
      .join('\n');
  }
}
