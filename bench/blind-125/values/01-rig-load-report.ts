// expect: none
// Every async load lookup is awaited before its value is interpolated into the report or compared against the limit.
export interface LoadCellBus {
  readKg(lineSetId: string): Promise<number>;
  tareKg(lineSetId: string): Promise<number>;
}

export interface RigPlotEntry {
  lineSetId: string;
  pipe: string;
  hangingPiece: string;
  ratedKg: number;
}

export interface RigLoadLine {
  lineSetId: string;
  netKg: number;
  ratedKg: number;
  overRated: boolean;
}

export class RigLoadReporter {
  constructor(private readonly cells: LoadCellBus) {}

  async netLoad(lineSetId: string): Promise<number> {
    const [gross, tare] = await Promise.all([this.cells.readKg(lineSetId), this.cells.tareKg(lineSetId)]);
    return Math.max(0, gross - tare);
  }

  async line(entry: RigPlotEntry): Promise<RigLoadLine> {
    const netKg = await this.netLoad(entry.lineSetId);
    return {
      lineSetId: entry.lineSetId,
      netKg,
      ratedKg: entry.ratedKg,
      overRated: netKg > entry.ratedKg,
    };
  }

  async report(plot: RigPlotEntry[]): Promise<string> {
    const rows: string[] = [];
    let flagged = 0;
    for (const entry of plot) {
      const netKg = await this.netLoad(entry.lineSetId);
      const marker = netKg > entry.ratedKg ? ' !! OVER RATED' : '';
      if (marker) flagged++;
      rows.push(`${entry.lineSetId.padEnd(6)} ${entry.pipe.padEnd(10)} ${entry.hangingPiece.padEnd(24)} ${netKg.toFixed(1)} / ${entry.ratedKg} kg${marker}`);
    }
    rows.unshift(`Rig load report — ${plot.length} line sets, ${flagged} over rated load`);
    return rows.join('\n');
  }

  async firstOverloaded(plot: RigPlotEntry[]): Promise<RigPlotEntry | undefined> {
    for (const entry of plot) {
      if ((await this.netLoad(entry.lineSetId)) > entry.ratedKg) {
        return entry;
      }
    }
    return undefined;
  }
}
