// expect: none
// Correct: the counters are written in EventEmitter listeners, but emit() calls them synchronously, and the one value set in .then() is read only after awaiting that promise.
import { EventEmitter } from 'node:events';

export interface ShornAnimal {
  tag: string;
  shearer: string;
  fleeceGrams: number;
  nicks: number;
  minutes: number;
}

export interface ShedSummary {
  animals: number;
  totalFleeceKg: number;
  byShearer: Record<string, number>;
  vetChecks: string[];
  payoutNzd: number;
}

declare const rateCard: { perHeadNzd(shearer: string): Promise<number> };

export class ShedTally extends EventEmitter {
  #animals = 0;
  #fleeceGrams = 0;
  #byShearer: Record<string, number> = {};
  #vetChecks: string[] = [];

  constructor() {
    super();
    this.on('shorn', (a: ShornAnimal) => {
      this.#animals += 1;
      this.#fleeceGrams += a.fleeceGrams;
      this.#byShearer[a.shearer] = (this.#byShearer[a.shearer] ?? 0) + 1;
    });
    this.on('shorn', (a: ShornAnimal) => {
      // More than two nicks or a very fast job gets a vet look before release to the paddock.
      if (a.nicks > 2 || a.minutes < 4) this.#vetChecks.push(a.tag);
    });
  }

  record(animal: ShornAnimal): { runningCount: number; needsVet: boolean } {
    const before = this.#vetChecks.length;
    this.emit('shorn', animal);
    return { runningCount: this.#animals, needsVet: this.#vetChecks.length > before };
  }

  async summary(): Promise<ShedSummary> {
    const shearers = Object.keys(this.#byShearer);
    let payout = 0;
    const rates = Promise.all(shearers.map((s) => rateCard.perHeadNzd(s))).then((perHead) => {
      payout = perHead.reduce((sum, rate, i) => sum + rate * this.#byShearer[shearers[i]], 0);
    });
    const totalFleeceKg = Math.round(this.#fleeceGrams / 100) / 10;

    await rates;
    return {
      animals: this.#animals,
      totalFleeceKg,
      byShearer: { ...this.#byShearer },
      vetChecks: [...this.#vetChecks],
      payoutNzd: Math.round(payout * 100) / 100,
    };
  }
}

export async function runShed(animals: ShornAnimal[]): Promise<ShedSummary> {
  const tally = new ShedTally();
  for (const a of animals) {
    const { runningCount, needsVet } = tally.record(a);
    if (needsVet) console.info(`#${runningCount} ${a.tag}: hold for vet`);
  }
  return tally.summary();
}
