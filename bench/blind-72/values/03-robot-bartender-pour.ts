// expect: no-promise-as-value
// takeRound filters drinks with an async predicate (this.stock.canPour returns a Promise), and a Promise is always truthy, so out-of-stock drinks are never filtered out.
export interface DrinkRequest {
  guest: string;
  recipe: string;
  size: 'single' | 'double';
}

export interface Round {
  tab: string;
  accepted: DrinkRequest[];
  declined: DrinkRequest[];
  totalCents: number;
}

interface Recipe {
  name: string;
  priceCents: number;
  ingredients: Array<{ bottle: string; ml: number }>;
}

declare const recipes: {
  get(name: string): Recipe | undefined;
};

declare const cellar: {
  mlLeft(bottle: string): Promise<number>;
};

declare const arm: {
  make(recipe: Recipe, size: DrinkRequest['size']): Promise<void>;
  serve(guest: string): Promise<void>;
};

class StockCheck {
  async canPour(recipeName: string, size: DrinkRequest['size']): Promise<boolean> {
    const recipe = recipes.get(recipeName);
    if (!recipe) return false;
    const factor = size === 'double' ? 2 : 1;
    for (const ingredient of recipe.ingredients) {
      if ((await cellar.mlLeft(ingredient.bottle)) < ingredient.ml * factor) {
        return false;
      }
    }
    return true;
  }
}

export class RobotBartender {
  private readonly stock = new StockCheck();
  private readonly tabs = new Map<string, number>();

  private price(request: DrinkRequest): number {
    const recipe = recipes.get(request.recipe);
    if (!recipe) return 0;
    return request.size === 'double' ? Math.round(recipe.priceCents * 1.8) : recipe.priceCents;
  }

  async takeRound(tab: string, requests: readonly DrinkRequest[]): Promise<Round> {
    const known = requests.filter((r) => recipes.get(r.recipe) !== undefined);
    const accepted = known.filter((r) => this.stock.canPour(r.recipe, r.size));
    const declined = requests.filter((r) => !accepted.includes(r));

    for (const request of accepted) {
      await arm.make(recipes.get(request.recipe)!, request.size);
      await arm.serve(request.guest);
    }

    const totalCents = accepted.reduce((sum, r) => sum + this.price(r), 0);
    this.tabs.set(tab, (this.tabs.get(tab) ?? 0) + totalCents);
    return { tab, accepted, declined, totalCents };
  }

  tabTotal(tab: string): number {
    return this.tabs.get(tab) ?? 0;
  }

  closeTab(tab: string): { tab: string; totalCents: number; serviceCents: number } {
    const totalCents = this.tabTotal(tab);
    this.tabs.delete(tab);
    return { tab, totalCents, serviceCents: Math.round(totalCents * 0.125) };
  }
}
