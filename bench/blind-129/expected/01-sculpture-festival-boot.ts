// expect: none
// Every loader in the startup Promise.all is invoked, so the festival app waits for the plots, judges and tide table to actually load.
import { readFile } from 'node:fs/promises';

export interface PlotAssignment {
  plotId: string;
  sculptorId: string;
  row: number;
}

export interface Judge {
  id: string;
  name: string;
  panel: 'technical' | 'artistic';
}

export interface TideEntry {
  time: string;
  heightM: number;
}

export interface FestivalConfig {
  dataDir: string;
  beachApiUrl: string;
}

export class FestivalApp {
  plots: PlotAssignment[] = [];
  judges: Judge[] = [];
  tides: TideEntry[] = [];
  private ready = false;

  constructor(private readonly config: FestivalConfig) {}

  private async loadPlots(): Promise<void> {
    const raw = await readFile(`${this.config.dataDir}/plots.json`, 'utf8');
    this.plots = JSON.parse(raw) as PlotAssignment[];
  }

  private async loadJudges(): Promise<void> {
    const raw = await readFile(`${this.config.dataDir}/judges.json`, 'utf8');
    this.judges = (JSON.parse(raw) as Judge[]).sort((a, b) => a.name.localeCompare(b.name));
  }

  private async loadTides(): Promise<void> {
    const res = await fetch(`${this.config.beachApiUrl}/tides/today`);
    if (!res.ok) throw new Error(`tide service returned ${res.status}`);
    this.tides = (await res.json()) as TideEntry[];
  }

  async start(): Promise<void> {
    if (this.ready) return;
    await Promise.all([this.loadPlots(), this.loadJudges(), this.loadTides()]);
    if (this.plots.length === 0) throw new Error('no plots assigned yet');
    this.ready = true;
  }

  highTideWarnings(thresholdM = 1.8): string[] {
    if (!this.ready) throw new Error('festival app not started');
    return this.tides
      .filter((t) => t.heightM >= thresholdM)
      .map((t) => `High tide ${t.heightM.toFixed(1)}m at ${t.time}: rows 1-3 must be roped off`);
  }

  plotsByRow(): Map<number, PlotAssignment[]> {
    const rows = new Map<number, PlotAssignment[]>();
    for (const p of this.plots) {
      const list = rows.get(p.row) ?? [];
      list.push(p);
      rows.set(p.row, list);
    }
    return rows;
  }
}
