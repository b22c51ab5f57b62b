// expect: no-floating-promises
// dispatchRound uses forEach with an async callback, so the dispense promises are dropped and failures become unhandled rejections.
export type Diet = 'carnivore' | 'herbivore' | 'insectivore' | 'piscivore';

export interface Enclosure {
  id: string;
  feederId: string;
  species: string;
  diet: Diet;
  headcount: number;
  fastingDay?: number;
}

export interface FeedingLogEntry {
  enclosureId: string;
  grams: number;
  at: Date;
}

declare const feederHardware: {
  hopperLevelGrams(feederId: string): Promise<number>;
  dispense(feederId: string, grams: number): Promise<{ dispensedGrams: number }>;
};

declare const keeperPager: {
  page(message: string): Promise<void>;
};

const GRAMS_PER_HEAD: Record<Diet, number> = {
  carnivore: 2500,
  herbivore: 4000,
  insectivore: 120,
  piscivore: 900,
};

export class FeederRound {
  readonly log: FeedingLogEntry[] = [];

  constructor(private readonly enclosures: Enclosure[]) {}

  private portionFor(enclosure: Enclosure, today: Date): number {
    if (enclosure.fastingDay === today.getDay()) {
      return 0;
    }
    return GRAMS_PER_HEAD[enclosure.diet] * enclosure.headcount;
  }

  private async feed(enclosure: Enclosure, grams: number): Promise<void> {
    const level = await feederHardware.hopperLevelGrams(enclosure.feederId);
    if (level < grams) {
      await keeperPager.page(`Hopper ${enclosure.feederId} (${enclosure.species}) low: ${level}g < ${grams}g`);
      return;
    }
    const { dispensedGrams } = await feederHardware.dispense(enclosure.feederId, grams);
    this.log.push({ enclosureId: enclosure.id, grams: dispensedGrams, at: new Date() });
  }

  async dispatchRound(today = new Date()): Promise<number> {
    const due = this.enclosures.filter((e) => this.portionFor(e, today) > 0);
    if (due.length === 0) {
      return 0;
    }
    due.forEach(async (enclosure) => {
      await this.feed(enclosure, this.portionFor(enclosure, today));
    });
    await keeperPager.page(`Feeding round started for ${due.length} enclosures`);
    return due.length;
  }

  totalsBySpecies(): Map<string, number> {
    const bySpecies = new Map<string, number>();
    for (const entry of this.log) {
      const enclosure = this.enclosures.find((e) => e.id === entry.enclosureId);
      if (!enclosure) continue;
      bySpecies.set(enclosure.species, (bySpecies.get(enclosure.species) ?? 0) + entry.grams);
    }
    return bySpecies;
  }
}
