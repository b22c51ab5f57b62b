// expect: none
// Every bare function reference here is passed where a function is expected (map, then, retry, sort), never where a promise or data is expected.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Bird {
  ringNumber: string;
  name: string;
  species: 'harris hawk' | 'barn owl' | 'peregrine' | 'kestrel';
  huntingWeightGrams: number;
}

export interface WeighIn {
  ringNumber: string;
  grams: number;
  at: string;
}

export interface FlyingAdvice {
  ringNumber: string;
  name: string;
  grams: number;
  deltaGrams: number;
  advice: 'fly' | 'fly light lure only' | 'rest';
}

declare const mewsApi: {
  latestWeighIn(ringNumber: string): Promise<WeighIn>;
};

declare function fetchBirdList(): Promise<Bird[]>;

async function retry<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await operation();
    } catch (err) {
      if (i >= attempts) throw err;
      await sleep(200 * i);
    }
  }
}

function toleranceFor(bird: Bird): number {
  // Small falcons swing proportionally more; give them a tighter band in grams.
  return bird.species === 'kestrel' ? 5 : bird.species === 'peregrine' ? 15 : 20;
}

function byRingNumber(a: { ringNumber: string }, b: { ringNumber: string }): number {
  return a.ringNumber.localeCompare(b.ringNumber);
}

export class WeighingRound {
  constructor(private readonly birds: Bird[]) {}

  static async forToday(): Promise<WeighingRound> {
    const birds = await retry(fetchBirdList);
    return new WeighingRound(birds);
  }

  private loadWeighIn = (bird: Bird): Promise<WeighIn> => retry(() => mewsApi.latestWeighIn(bird.ringNumber));

  private advise = (pair: [Bird, WeighIn]): FlyingAdvice => {
    const [bird, weighIn] = pair;
    const delta = weighIn.grams - bird.huntingWeightGrams;
    const tolerance = toleranceFor(bird);
    let advice: FlyingAdvice['advice'] = 'fly';
    if (delta > tolerance) advice = 'fly light lure only';
    if (delta < -tolerance) advice = 'rest';
    return { ringNumber: bird.ringNumber, name: bird.name, grams: weighIn.grams, deltaGrams: delta, advice };
  };

  async run(): Promise<FlyingAdvice[]> {
    const weighIns = await Promise.all(this.birds.map(this.loadWeighIn));
    const pairs = this.birds.map((bird, i): [Bird, WeighIn] => [bird, weighIns[i]]);
    return Promise.resolve(pairs)
      .then((ps) => ps.map(this.advise))
      .then((advice) => advice.sort(byRingNumber));
  }
}

export function formatBoard(advice: FlyingAdvice[]): string {
  return advice
    .map((a) => {
      const sign = a.deltaGrams >= 0 ? '+' : '';
      return `${a.name.padEnd(12)} ${String(a.grams).padStart(5)} g (${sign}${a.deltaGrams}) ${a.advice}`;
    })
    .join('\n');
}
