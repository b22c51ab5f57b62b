// expect: no-unchecked-settled-results
// The watering round collects Promise.allSettled outcomes but only counts them, so trees whose valve or pump rejected are journaled as watered and never retried.
export interface Tree {
  id: string;
  species: string;
  potLitres: number;
  valve: number;
}

export interface Robot {
  primeLine(valve: number): Promise<void>;
  dispense(valve: number, millilitres: number): Promise<number>;
}

export interface SoilProbe {
  moisturePct(treeId: string): Promise<number>;
}

export interface Journal {
  append(entry: { at: string; round: number; trees: number; completed: number; skipped: string[] }): Promise<void>;
}

const TARGET_MOISTURE: Record<string, number> = {
  juniper: 30,
  'trident maple': 45,
  'chinese elm': 40,
  ficus: 50,
};

function doseFor(tree: Tree, moisture: number): number {
  const target = TARGET_MOISTURE[tree.species] ?? 40;
  if (moisture >= target) return 0;
  // roughly 8% of pot volume per 10 points of moisture deficit
  return Math.round(tree.potLitres * 1000 * 0.08 * ((target - moisture) / 10));
}

export class WateringRound {
  private round = 0;

  constructor(
    private readonly robot: Robot,
    private readonly probe: SoilProbe,
    private readonly journal: Journal,
  ) {}

  async run(trees: Tree[]): Promise<number> {
    this.round++;
    const skipped: string[] = [];
    const plan: Array<{ tree: Tree; dose: number }> = [];

    for (const tree of trees) {
      const moisture = await this.probe.moisturePct(tree.id);
      const dose = doseFor(tree, moisture);
      if (dose === 0) skipped.push(tree.id);
      else plan.push({ tree, dose });
    }

    const outcomes = await Promise.allSettled(
      plan.map(async ({ tree, dose }) => {
        await this.robot.primeLine(tree.valve);
        return this.robot.dispense(tree.valve, dose);
      }),
    );

    await this.journal.append({
      at: new Date().toISOString(),
      round: this.round,
      trees: trees.length,
      completed: outcomes.length,
      skipped,
    });
    return outcomes.length;
  }
}
