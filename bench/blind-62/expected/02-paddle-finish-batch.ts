// expect: none
// runLimited takes task factories on purpose and calls each one, so handing it uncalled async arrow functions is exactly what it expects
export interface PaddleBlank {
  blankId: string;
  wood: "cherry" | "ash" | "basswood" | "walnut";
  style: "beavertail" | "ottertail" | "voyageur" | "greenland";
  lengthCm: number;
}

export interface FinishStep {
  blankId: string;
  step: "sand-220" | "oil-coat" | "cure" | "buff";
  completedAt: Date;
}

type Task<T> = () => Promise<T>;

declare const finishingBench: {
  sand(blankId: string, grit: number): Promise<void>;
  applyOil(blankId: string, coats: number): Promise<number>;
  buff(blankId: string): Promise<void>;
};
declare const curingRack: {
  reserveSlot(blankId: string): Promise<number>;
};

async function runLimited<T>(tasks: Task<T>[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  const lanes = Array.from({ length: Math.min(limit, tasks.length) }, () => lane());
  await Promise.all(lanes);
  return results;
}

function coatsFor(blank: PaddleBlank): number {
  if (blank.style === "greenland") return 4;
  return blank.wood === "basswood" ? 3 : 2;
}

export class FinishingLine {
  private readonly log: FinishStep[] = [];

  constructor(private readonly parallelism = 3) {}

  private record(blankId: string, step: FinishStep["step"]): void {
    this.log.push({ blankId, step, completedAt: new Date() });
  }

  private readonly oilCoat = async (blank: PaddleBlank): Promise<number> => {
    const applied = await finishingBench.applyOil(blank.blankId, coatsFor(blank));
    this.record(blank.blankId, "oil-coat");
    return applied;
  };

  async finishBatch(blanks: PaddleBlank[]): Promise<FinishStep[]> {
    const sanding: Task<void>[] = blanks.map((b) => async () => {
      await finishingBench.sand(b.blankId, b.wood === "walnut" ? 320 : 220);
      this.record(b.blankId, "sand-220");
    });
    await runLimited(sanding, this.parallelism);

    const oiling = blanks.map((b) => () => this.oilCoat(b));
    const coats = await runLimited(oiling, this.parallelism);

    const slots = await Promise.all(blanks.map((b) => curingRack.reserveSlot(b.blankId)));
    slots.forEach((_, i) => this.record(blanks[i].blankId, "cure"));

    await runLimited(
      blanks.map((b) => () => finishingBench.buff(b.blankId)),
      this.parallelism,
    );
    blanks.forEach((b) => this.record(b.blankId, "buff"));

    const totalCoats = coats.reduce((a, c) => a + c, 0);
    if (totalCoats < blanks.length) {
      throw new Error(`only ${totalCoats} oil coats recorded for ${blanks.length} paddles`);
    }
    return this.log.filter((s) => blanks.some((b) => b.blankId === s.blankId));
  }
}
