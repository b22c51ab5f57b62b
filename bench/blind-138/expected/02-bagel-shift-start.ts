// expect: no-uncalled-async-function
// this.calibrateOvens is placed in the Promise.all array without being called, so Promise.all just passes the function through and the shift starts with uncalibrated ovens.
export interface OvenController {
  listOvens(): Promise<Array<{ id: string; offsetC: number }>>;
  setOffset(ovenId: string, offsetC: number): Promise<void>;
}

export interface RecipeBook {
  load(): Promise<Map<string, { hydrationPct: number; boilSeconds: number; bakeMinutes: number }>>;
}

export interface OrderFeed {
  wholesaleOrders(date: string): Promise<Array<{ customer: string; style: string; dozens: number }>>;
}

export interface ShiftPlan {
  date: string;
  dozensByStyle: Map<string, number>;
  boilMinutes: number;
}

export class ShiftStarter {
  private recipes = new Map<string, { hydrationPct: number; boilSeconds: number; bakeMinutes: number }>();
  private orders: Array<{ customer: string; style: string; dozens: number }> = [];

  constructor(
    private readonly ovens: OvenController,
    private readonly recipeBook: RecipeBook,
    private readonly feed: OrderFeed,
  ) {}

  async calibrateOvens(): Promise<number> {
    const ovens = await this.ovens.listOvens();
    let adjusted = 0;
    for (const oven of ovens) {
      if (Math.abs(oven.offsetC) > 2) {
        await this.ovens.setOffset(oven.id, 0);
        adjusted++;
      }
    }
    return adjusted;
  }

  private async loadRecipes(): Promise<void> {
    this.recipes = await this.recipeBook.load();
  }

  private async loadOrders(date: string): Promise<void> {
    this.orders = await this.feed.wholesaleOrders(date);
  }

  async start(date: string): Promise<ShiftPlan> {
    await Promise.all([this.loadRecipes(), this.calibrateOvens, this.loadOrders(date)]);

    const dozensByStyle = new Map<string, number>();
    for (const order of this.orders) {
      if (!this.recipes.has(order.style)) {
        throw new Error(`No recipe for ${order.style} (ordered by ${order.customer})`);
      }
      dozensByStyle.set(order.style, (dozensByStyle.get(order.style) ?? 0) + order.dozens);
    }

    let boilSeconds = 0;
    for (const [style, dozens] of dozensByStyle) {
      // The kettle takes four dozen per drop.
      boilSeconds += Math.ceil(dozens / 4) * this.recipes.get(style)!.boilSeconds;
    }
    return { date, dozensByStyle, boilMinutes: Math.ceil(boilSeconds / 60) };
  }
}
