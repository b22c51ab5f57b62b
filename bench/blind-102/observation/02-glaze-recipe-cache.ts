// expect: none
// The interval and the 'recipe-changed' listener are plain synchronous callbacks that start refresh() with a .catch attached on the same line, so every background promise has a rejection handler and failures are only logged.
import { EventEmitter } from 'node:events';

export interface GlazeRecipe {
  id: string;
  name: string;
  cone: number;
  ingredients: Record<string, number>;
}

interface RecipeRepository {
  all(): Promise<GlazeRecipe[]>;
  byId(id: string): Promise<GlazeRecipe | undefined>;
}

interface Logger {
  warn(msg: string, err?: unknown): void;
}

export class GlazeRecipeCache {
  private recipes = new Map<string, GlazeRecipe>();
  private timer: NodeJS.Timeout | undefined;
  private loadedAt = 0;

  constructor(
    private readonly repo: RecipeRepository,
    private readonly bus: EventEmitter,
    private readonly log: Logger,
  ) {}

  async start(intervalMs = 60_000): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((err) => this.log.warn('glaze recipe refresh failed', err));
    }, intervalMs);
    this.timer.unref();
    this.bus.on('recipe-changed', this.onRecipeChanged);
  }

  stop(): void {
    clearInterval(this.timer);
    this.bus.off('recipe-changed', this.onRecipeChanged);
  }

  get(id: string): GlazeRecipe | undefined {
    return this.recipes.get(id);
  }

  forCone(cone: number): GlazeRecipe[] {
    return [...this.recipes.values()].filter((r) => r.cone === cone);
  }

  get ageMs(): number {
    return Date.now() - this.loadedAt;
  }

  private readonly onRecipeChanged = (id: string): void => {
    this.reloadOne(id).catch((err) => this.log.warn(`could not reload recipe ${id}`, err));
  };

  private async reloadOne(id: string): Promise<void> {
    const recipe = await this.repo.byId(id);
    if (recipe) this.recipes.set(id, recipe);
    else this.recipes.delete(id);
  }

  private async refresh(): Promise<void> {
    const all = await this.repo.all();
    this.recipes = new Map(all.map((r) => [r.id, r]));
    this.loadedAt = Date.now();
  }
}
