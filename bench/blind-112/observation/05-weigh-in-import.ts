// expect: no-unchecked-settled-results
// The allSettled results are filtered down to fulfilled values and the rejected entries are dropped without ever reading their reasons, so a broken scale silently shrinks the weigh-in.
export interface ScaleReading {
  shikona: string;
  kilograms: number;
  scaleId: string;
}

export interface WeighScale {
  id: string;
  readAll(day: string): Promise<ScaleReading[]>;
}

export interface BanzukeStore {
  rikishiInDivision(division: 'makuuchi' | 'juryo'): Promise<string[]>;
  saveWeights(day: string, weights: Map<string, number>): Promise<void>;
}

export interface WeighInSummary {
  day: string;
  recorded: number;
  missing: string[];
  heaviest?: ScaleReading;
}

export class WeighInImporter {
  constructor(
    private readonly scales: WeighScale[],
    private readonly banzuke: BanzukeStore,
  ) {}

  async importDay(day: string, division: 'makuuchi' | 'juryo'): Promise<WeighInSummary> {
    const roster = await this.banzuke.rikishiInDivision(division);
    const results = await Promise.allSettled(this.scales.map((scale) => scale.readAll(day)));

    const readings = results
      .filter((r): r is PromiseFulfilledResult<ScaleReading[]> => r.status === 'fulfilled')
      .flatMap((r) => r.value);

    const weights = new Map<string, number>();
    let heaviest: ScaleReading | undefined;
    for (const reading of readings) {
      if (!roster.includes(reading.shikona)) continue;
      const previous = weights.get(reading.shikona);
      if (previous === undefined || reading.kilograms > previous) {
        weights.set(reading.shikona, reading.kilograms);
      }
      if (!heaviest || reading.kilograms > heaviest.kilograms) heaviest = reading;
    }

    await this.banzuke.saveWeights(day, weights);

    return {
      day,
      recorded: weights.size,
      missing: roster.filter((name) => !weights.has(name)),
      heaviest,
    };
  }

  averageWeight(weights: Map<string, number>): number {
    if (weights.size === 0) return 0;
    let total = 0;
    for (const kg of weights.values()) total += kg;
    return total / weights.size;
  }
}
