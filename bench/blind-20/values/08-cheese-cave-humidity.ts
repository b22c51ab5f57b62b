// expect: no-read-before-settle
// Bug: refreshRecipe() sets this.targetRh inside .then() but passes it to the humidifier synchronously right after, so the controller keeps the old target.
import { EventEmitter } from 'node:events';

interface AgingRecipe {
  cheese: string;
  targetRh: number;
  targetTempC: number;
  turnEveryHours: number;
}

declare const recipes: {
  forCave(caveId: string): Promise<AgingRecipe>;
};

declare const humidifier: {
  setTarget(caveId: string, rh: number): void;
  currentRh(caveId: string): number;
};

const DEFAULT_RH = 92;
const ALARM_BAND = 4;

export class CaveClimate extends EventEmitter {
  private targetRh = DEFAULT_RH;
  private recipeName = 'unassigned';
  private poll?: NodeJS.Timeout;

  constructor(private readonly caveId: string) {
    super();
  }

  refreshRecipe(): void {
    recipes
      .forCave(this.caveId)
      .then((recipe) => {
        this.targetRh = recipe.targetRh;
        this.recipeName = recipe.cheese;
        this.emit('recipe', recipe);
      })
      .catch((err: Error) => this.emit('error', err));

    humidifier.setTarget(this.caveId, this.targetRh);
  }

  start(intervalMs = 60_000): void {
    this.refreshRecipe();
    this.poll = setInterval(() => this.check(), intervalMs);
    this.poll.unref();
  }

  stop(): void {
    if (this.poll) clearInterval(this.poll);
    this.poll = undefined;
  }

  private check(): void {
    const rh = humidifier.currentRh(this.caveId);
    const drift = rh - this.targetRh;
    if (Math.abs(drift) > ALARM_BAND) {
      this.emit('alarm', {
        caveId: this.caveId,
        recipe: this.recipeName,
        rh,
        target: this.targetRh,
        direction: drift > 0 ? 'too-wet' : 'too-dry',
      });
    }
  }
}
