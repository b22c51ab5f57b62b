// expect: none
// All three loaders are invoked inside Promise.all, so the dashboard waits for the actual wood stock, bench queue and humidity data before rendering.
export interface WoodStock {
  species: string;
  billets: number;
  seasonedYears: number;
}

export interface BenchJob {
  bench: number;
  luthier: string;
  instrument: string;
  stage: 'carving' | 'graduating' | 'assembly' | 'varnish' | 'setup';
}

export interface WorkshopApi {
  woodStock(): Promise<WoodStock[]>;
  benchQueue(): Promise<BenchJob[]>;
  humidityPct(): Promise<number>;
}

export interface MorningBoard {
  lowStock: string[];
  jobsByStage: Record<BenchJob['stage'], number>;
  humidityPct: number;
  humidityWarning?: string;
}

export class WorkshopDashboard {
  constructor(private readonly api: WorkshopApi) {}

  private loadWood = async (): Promise<WoodStock[]> => {
    const stock = await this.api.woodStock();
    return stock.filter((w) => w.seasonedYears >= 5);
  };

  private async loadBenches(): Promise<BenchJob[]> {
    const jobs = await this.api.benchQueue();
    return jobs.sort((a, b) => a.bench - b.bench);
  }

  async morningBoard(): Promise<MorningBoard> {
    const [wood, jobs, humidityPct] = await Promise.all([
      this.loadWood(),
      this.loadBenches(),
      this.api.humidityPct(),
    ]);

    const jobsByStage: MorningBoard['jobsByStage'] = { carving: 0, graduating: 0, assembly: 0, varnish: 0, setup: 0 };
    for (const job of jobs) jobsByStage[job.stage]++;

    const board: MorningBoard = {
      lowStock: wood.filter((w) => w.billets < 3).map((w) => w.species),
      jobsByStage,
      humidityPct,
    };
    if (humidityPct < 40) board.humidityWarning = 'Too dry: risk of top cracks, run the humidifier.';
    else if (humidityPct > 60) board.humidityWarning = 'Too damp: postpone gluing and varnish.';
    return board;
  }
}

export function renderBoard(board: MorningBoard): string {
  const stages = Object.entries(board.jobsByStage).map(([s, n]) => `${s}: ${n}`).join(', ');
  return [
    `RH ${board.humidityPct}%${board.humidityWarning ? ` — ${board.humidityWarning}` : ''}`,
    `Benches: ${stages}`,
    board.lowStock.length ? `Reorder: ${board.lowStock.join(', ')}` : 'Wood stock fine',
  ].join('\n');
}
