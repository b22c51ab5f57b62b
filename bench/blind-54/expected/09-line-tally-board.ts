// expect: no-uncalled-async-function
// When a line's scale endpoint is not ok, the .then branch returns readCachedTally itself instead of calling it, so the board gets a function, not a tally.
export interface LineTally {
  lineId: string;
  shucked: number;
  rejected: number;
  shiftStartedAt: string;
}

export interface BoardRow extends LineTally {
  perHour: number;
  rejectRate: number;
}

interface LineConfig {
  lineId: string;
  scaleUrl: string;
}

declare const tallyCache: {
  get(lineId: string): Promise<LineTally | undefined>;
  put(tally: LineTally): Promise<void>;
};
declare const board: { render(rows: BoardRow[]): Promise<void> };

const EMPTY_SHIFT = (lineId: string): LineTally => ({
  lineId,
  shucked: 0,
  rejected: 0,
  shiftStartedAt: new Date().toISOString(),
});

function toRow(tally: LineTally, now = Date.now()): BoardRow {
  const hours = Math.max((now - Date.parse(tally.shiftStartedAt)) / 3_600_000, 1 / 60);
  const total = tally.shucked + tally.rejected;
  return {
    ...tally,
    perHour: Math.round(tally.shucked / hours),
    rejectRate: total === 0 ? 0 : Math.round((tally.rejected / total) * 1000) / 10,
  };
}

export class TallyBoard {
  constructor(private readonly lines: LineConfig[]) {}

  private fetchTally(line: LineConfig): Promise<LineTally> {
    const readCachedTally = async (): Promise<LineTally> =>
      (await tallyCache.get(line.lineId)) ?? EMPTY_SHIFT(line.lineId);

    return fetch(`${line.scaleUrl}/tally`, { headers: { accept: "application/json" } }).then((res) =>
      res.ok ? res.json() : readCachedTally,
    );
  }

  async refresh(): Promise<BoardRow[]> {
    const tallies = await Promise.all(this.lines.map((line) => this.fetchTally(line)));
    for (const tally of tallies) {
      if (tally.shucked > 0) await tallyCache.put(tally);
    }
    const rows = tallies.map((t) => toRow(t)).sort((a, b) => b.perHour - a.perHour);
    await board.render(rows);
    return rows;
  }

  static slowestLine(rows: BoardRow[]): BoardRow | undefined {
    return rows.reduce<BoardRow | undefined>(
      (slowest, row) => (slowest === undefined || row.perHour < slowest.perHour ? row : slowest),
      undefined,
    );
  }
}
