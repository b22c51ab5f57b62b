// expect: none
// Every allSettled entry is inspected: fulfilled placements are published and rejected ones are logged with their reason and returned to the caller for re-tabulation.
export interface QuartetEntry {
  quartet: string;
  district: string;
  song: string;
}

export interface Placement {
  quartet: string;
  music: number;
  performance: number;
  singing: number;
  total: number;
}

export interface TabulationService {
  tabulate(heat: number, entry: QuartetEntry): Promise<Placement>;
}

export interface ResultsBoard {
  publish(heat: number, placements: readonly Placement[]): Promise<void>;
}

export interface HeatOutcome {
  heat: number;
  published: Placement[];
  failed: { quartet: string; reason: string }[];
}

export class HeatResults {
  constructor(
    private readonly tabulation: TabulationService,
    private readonly board: ResultsBoard,
    private readonly log: (line: string) => void = console.log,
  ) {}

  async closeHeat(heat: number, entries: readonly QuartetEntry[]): Promise<HeatOutcome> {
    const settled = await Promise.allSettled(entries.map((e) => this.tabulation.tabulate(heat, e)));

    const published: Placement[] = [];
    const failed: HeatOutcome['failed'] = [];
    settled.forEach((result, i) => {
      const entry = entries[i]!;
      if (result.status === 'fulfilled') {
        published.push(result.value);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        this.log(`heat ${heat}: could not tabulate ${entry.quartet} (${entry.district}): ${reason}`);
        failed.push({ quartet: entry.quartet, reason });
      }
    });

    published.sort((a, b) => b.total - a.total);
    if (published.length > 0) {
      await this.board.publish(heat, published);
    }
    return { heat, published, failed };
  }

  static medalists(placements: readonly Placement[]): string[] {
    return placements.slice(0, 3).map((p, i) => `${['gold', 'silver', 'bronze'][i]}: ${p.quartet} (${p.total.toFixed(1)})`);
  }

  static averageCategory(placements: readonly Placement[], category: 'music' | 'performance' | 'singing'): number {
    if (placements.length === 0) return 0;
    return placements.reduce((sum, p) => sum + p[category], 0) / placements.length;
  }
}
