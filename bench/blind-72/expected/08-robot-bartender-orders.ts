// expect: none
// The handler passed to orderQueue.process is a bound arrow property the queue calls and awaits, and every Promise.all entry is an actual call.
export interface DrinkOrder {
  orderId: string;
  seat: string;
  drink: string;
  size: 'single' | 'double';
  ice: boolean;
}

interface Recipe {
  drink: string;
  steps: Array<{ bottle: string; ml: number }>;
  garnish?: string;
}

interface Bottle {
  bottle: string;
  mlLeft: number;
}

declare const orderQueue: {
  process(handler: (order: DrinkOrder) => Promise<void>, options: { concurrency: number }): void;
};

declare const arm: {
  pour(bottle: string, ml: number): Promise<void>;
  addIce(cubes: number): Promise<void>;
  garnish(name: string): Promise<void>;
  serve(seat: string): Promise<void>;
};

declare function loadMenu(): Promise<Recipe[]>;
declare function loadBottles(): Promise<Bottle[]>;

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

export class BartenderRobot {
  private recipes = new Map<string, Recipe>();
  private bottles = new Map<string, number>();

  async start(): Promise<void> {
    const [menu, bottles] = await Promise.all([loadMenu(), loadBottles()]);
    this.recipes = new Map(menu.map((r) => [r.drink, r]));
    this.bottles = new Map(bottles.map((b) => [b.bottle, b.mlLeft]));
    orderQueue.process(this.mixDrink, { concurrency: 1 });
  }

  private canMake(recipe: Recipe, factor: number): boolean {
    return recipe.steps.every((step) => (this.bottles.get(step.bottle) ?? 0) >= step.ml * factor);
  }

  private readonly mixDrink = async (order: DrinkOrder): Promise<void> => {
    const recipe = this.recipes.get(order.drink);
    if (!recipe) {
      metrics.increment('bartender.unknown_drink', { drink: order.drink });
      return;
    }
    const factor = order.size === 'double' ? 2 : 1;
    if (!this.canMake(recipe, factor)) {
      metrics.increment('bartender.out_of_stock', { drink: order.drink });
      return;
    }

    if (order.ice) await arm.addIce(4);
    for (const step of recipe.steps) {
      const ml = step.ml * factor;
      await arm.pour(step.bottle, ml);
      this.bottles.set(step.bottle, (this.bottles.get(step.bottle) ?? 0) - ml);
    }
    if (recipe.garnish) await arm.garnish(recipe.garnish);
    await arm.serve(order.seat);
    metrics.increment('bartender.served', { drink: order.drink, size: order.size });
  };

  lowBottles(thresholdMl = 150): string[] {
    return [...this.bottles.entries()].filter(([, ml]) => ml < thresholdMl).map(([name]) => name);
  }

  async restock(): Promise<void> {
    const bottles = await loadBottles();
    this.bottles = new Map(bottles.map((b) => [b.bottle, b.mlLeft]));
  }
}
