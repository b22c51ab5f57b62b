// expect: none
// Correct: the diet-sheet promise is memoised and deliberately awaited by several callers, and feedEnclosure is passed as a callback via an arrow that calls it.
import { readFile } from "node:fs/promises";

export interface DietSheet {
  species: string;
  items: Array<{ food: string; grams: number }>;
  feedsPerDay: number;
}

export interface Enclosure {
  id: string;
  species: string;
  headcount: number;
  keeper: string;
}

declare const keeperPager: {
  notify(keeper: string, message: string): Promise<void>;
};

export class FeedingRota {
  private dietSheets: Promise<Map<string, DietSheet>> | undefined;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(private readonly dietFile: string, private readonly enclosures: Enclosure[]) {}

  private diets(): Promise<Map<string, DietSheet>> {
    if (!this.dietSheets) {
      this.dietSheets = readFile(this.dietFile, "utf8").then((raw) => {
        const sheets = JSON.parse(raw) as DietSheet[];
        return new Map(sheets.map((s) => [s.species, s]));
      });
      // don't keep a rejected read around forever
      this.dietSheets.catch(() => {
        this.dietSheets = undefined;
      });
    }
    return this.dietSheets;
  }

  async portionFor(enclosure: Enclosure): Promise<string[]> {
    const sheet = (await this.diets()).get(enclosure.species);
    if (!sheet) return [];
    return sheet.items.map((i) => {
      const grams = Math.round((i.grams * enclosure.headcount) / sheet.feedsPerDay);
      return `${i.food}: ${grams} g`;
    });
  }

  async feedEnclosure(enclosure: Enclosure): Promise<void> {
    const portions = await this.portionFor(enclosure);
    if (portions.length === 0) return;
    await keeperPager.notify(enclosure.keeper, `Feed ${enclosure.id}: ${portions.join(", ")}`);
  }

  async start(): Promise<void> {
    const loading = this.diets();
    const sheets = await loading;
    for (const enclosure of this.enclosures) {
      const sheet = sheets.get(enclosure.species);
      if (!sheet) continue;
      const everyMs = Math.floor((12 * 60 * 60 * 1000) / sheet.feedsPerDay);
      this.timers.push(
        setInterval(() => {
          this.feedEnclosure(enclosure).catch((err) => console.error(`feeding ${enclosure.id}`, err));
        }, everyMs),
      );
    }
    // first round goes out straight away, same cached sheets
    await loading;
    await Promise.all(this.enclosures.map((e) => this.feedEnclosure(e)));
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers.length = 0;
  }
}
