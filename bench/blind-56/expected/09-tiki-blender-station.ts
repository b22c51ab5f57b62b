// expect: no-uncalled-async-function
// After a dairy drink the station does `await this.sanitizeJar` without calling it, so the jar is never sanitised before the next order.
export type Spirit = 'white-rum' | 'dark-rum' | 'overproof' | 'none';

export interface DrinkOrder {
  ticket: number;
  drink: 'mai-tai' | 'painkiller' | 'pina-colada' | 'zombie' | 'virgin-colada';
  spirit: Spirit;
  containsDairy: boolean;
  iceGrams: number;
}

interface BlenderUnit {
  load(ingredients: Array<{ name: string; ml: number }>, iceGrams: number): Promise<void>;
  run(program: 'crush' | 'smooth' | 'pulse', seconds: number): Promise<void>;
  pour(): Promise<number>;
  rinse(withSanitizer: boolean): Promise<void>;
}

declare const recipes: {
  lookup(drink: DrinkOrder['drink']): Promise<Array<{ name: string; ml: number }>>;
};

declare const barTab: {
  markServed(ticket: number, pouredMl: number): Promise<void>;
};

export class BlenderStation {
  private poursSinceSanitize = 0;
  private lastWasDairy = false;

  constructor(
    private readonly stationId: string,
    private readonly blender: BlenderUnit,
  ) {}

  async sanitizeJar(): Promise<void> {
    await this.blender.rinse(true);
    await this.blender.run('pulse', 3);
    await this.blender.rinse(false);
    this.poursSinceSanitize = 0;
  }

  private program(order: DrinkOrder): { program: 'crush' | 'smooth' | 'pulse'; seconds: number } {
    if (order.iceGrams > 250) return { program: 'crush', seconds: 18 };
    if (order.containsDairy) return { program: 'smooth', seconds: 25 };
    return { program: 'pulse', seconds: 8 };
  }

  async make(order: DrinkOrder): Promise<number> {
    if (this.lastWasDairy && !order.containsDairy) {
      await this.sanitizeJar;
    } else if (this.poursSinceSanitize >= 12) {
      await this.sanitizeJar();
    }

    const ingredients = await recipes.lookup(order.drink);
    const withSpirit =
      order.spirit === 'none'
        ? ingredients.filter((i) => !/rum/i.test(i.name))
        : ingredients;

    await this.blender.load(withSpirit, order.iceGrams);
    const { program, seconds } = this.program(order);
    await this.blender.run(program, seconds);
    const pouredMl = await this.blender.pour();
    await this.blender.rinse(false);

    this.poursSinceSanitize += 1;
    this.lastWasDairy = order.containsDairy;
    await barTab.markServed(order.ticket, pouredMl);
    return pouredMl;
  }

  async drainQueue(queue: DrinkOrder[]): Promise<number> {
    let total = 0;
    while (queue.length > 0) {
      const next = queue.shift()!;
      total += await this.make(next);
    }
    return total;
  }

  describe(): string {
    return `${this.stationId}: ${this.poursSinceSanitize} pours since sanitize${this.lastWasDairy ? ', dairy residue' : ''}`;
  }
}
