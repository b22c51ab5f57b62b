// expect: none
// The in-flight map deliberately stores promises and only checks has()/get(); every value is awaited before it is compared, printed or sent to the kiln.
export interface GlazeRecipe {
  code: string;
  name: string;
  cone: number;
  ingredients: Array<{ material: string; pct: number }>;
  foodSafe: boolean;
}

export interface TeapotOrder {
  orderId: string;
  glazeCode: string;
  pots: number;
}

declare const recipeVault: {
  fetch(code: string): Promise<GlazeRecipe | null>;
};

declare const kilnQueue: {
  submit(job: { orderId: string; cone: number; glaze: string; pots: number }): Promise<{ slot: number }>;
};

export class RecipeCache {
  private readonly ready = new Map<string, GlazeRecipe>();
  private readonly inFlight = new Map<string, Promise<GlazeRecipe>>();

  constructor(private readonly maxEntries = 64) {}

  get(code: string): Promise<GlazeRecipe> {
    const cached = this.ready.get(code);
    if (cached) return Promise.resolve(cached);

    const pending = this.inFlight.get(code);
    if (pending) return pending;

    const load = this.load(code).finally(() => this.inFlight.delete(code));
    this.inFlight.set(code, load);
    return load;
  }

  private async load(code: string): Promise<GlazeRecipe> {
    const recipe = await recipeVault.fetch(code);
    if (recipe === null) {
      throw new Error(`glaze ${code} is not in the recipe vault`);
    }
    const totalPct = recipe.ingredients.reduce((sum, i) => sum + i.pct, 0);
    if (Math.abs(totalPct - 100) > 0.5) {
      throw new Error(`glaze ${code} ingredients sum to ${totalPct}%`);
    }
    if (this.ready.size >= this.maxEntries) {
      const oldest = this.ready.keys().next().value;
      if (oldest !== undefined) this.ready.delete(oldest);
    }
    this.ready.set(code, recipe);
    return recipe;
  }

  isLoading(code: string): boolean {
    return this.inFlight.has(code);
  }
}

export async function scheduleTeapots(cache: RecipeCache, orders: readonly TeapotOrder[]): Promise<string[]> {
  const recipes = await Promise.all(orders.map((order) => cache.get(order.glazeCode)));
  const lines: string[] = [];
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i];
    const recipe = recipes[i];
    if (!recipe.foodSafe) {
      lines.push(`${order.orderId}: skipped, ${recipe.name} is not food safe for teapots`);
      continue;
    }
    const { slot } = await kilnQueue.submit({
      orderId: order.orderId,
      cone: recipe.cone,
      glaze: recipe.code,
      pots: order.pots,
    });
    lines.push(`${order.orderId}: ${order.pots} pots in ${recipe.name} (cone ${recipe.cone}) -> slot ${slot}`);
  }
  return lines;
}
