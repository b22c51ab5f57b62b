// expect: none
// loaderFor is declared to return a loader function, so returning this.loadFreshRecipe uncalled is intended; map gets a function, Promise.all gets promises.
export interface Recipe {
  code: string;
  noodle: 'udon' | 'soba' | 'ramen' | 'rice-vermicelli';
  hydrationPct: number;
  sheetThicknessMm: number;
  cutWidthMm: number;
  steamSeconds: number;
}

export interface LineStatus {
  lineId: string;
  recipeCode: string | null;
  running: boolean;
  kgPerHour: number;
}

type RecipeLoader = (code: string) => Promise<Recipe>;

declare const recipeVault: {
  fetch(code: string): Promise<Recipe>;
  fetchFrozen(code: string, batchDate: string): Promise<Recipe>;
};

declare const lineController: {
  stop(lineId: string): Promise<void>;
  configure(lineId: string, recipe: Recipe): Promise<void>;
  start(lineId: string): Promise<LineStatus>;
};

declare const shiftScheduler: {
  every(cron: string, task: () => Promise<void>): { cancel(): void };
};

export class NoodleFloor {
  private readonly assignments = new Map<string, string>();
  private readonly jobs: Array<{ cancel(): void }> = [];

  constructor(private readonly lineIds: string[], private readonly batchDate: string | null) {}

  private loadFreshRecipe = (code: string): Promise<Recipe> => recipeVault.fetch(code);

  private loadFrozenRecipe = (code: string): Promise<Recipe> =>
    recipeVault.fetchFrozen(code, this.batchDate ?? new Date().toISOString().slice(0, 10));

  loaderFor(noodle: Recipe['noodle']): RecipeLoader {
    if (noodle === 'ramen' && this.batchDate !== null) return this.loadFrozenRecipe;
    return this.loadFreshRecipe;
  }

  assign(lineId: string, recipeCode: string): void {
    if (!this.lineIds.includes(lineId)) throw new Error(`unknown line ${lineId}`);
    this.assignments.set(lineId, recipeCode);
  }

  private restartLine = async (lineId: string): Promise<LineStatus> => {
    const code = this.assignments.get(lineId);
    if (!code) {
      await lineController.stop(lineId);
      return { lineId, recipeCode: null, running: false, kgPerHour: 0 };
    }
    const noodle = code.split('-')[0] as Recipe['noodle'];
    const recipe = await this.loaderFor(noodle)(code);
    await lineController.stop(lineId);
    await lineController.configure(lineId, recipe);
    return lineController.start(lineId);
  };

  async changeover(): Promise<LineStatus[]> {
    return Promise.all(this.lineIds.map(this.restartLine));
  }

  scheduleChangeovers(cron: string): void {
    this.jobs.push(
      shiftScheduler.every(cron, async () => {
        await this.changeover();
      }),
    );
  }

  shutdown(): void {
    for (const job of this.jobs.splice(0)) job.cancel();
  }
}

export function throughput(statuses: LineStatus[]): { running: number; kgPerHour: number } {
  const running = statuses.filter((s) => s.running);
  return { running: running.length, kgPerHour: running.reduce((sum, s) => sum + s.kgPerHour, 0) };
}
