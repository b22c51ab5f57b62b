// expect: none
// Correct: the async per-bird callback goes to map and the resulting promises are awaited with Promise.all; the interval loop awaits each round.
import { setInterval } from 'node:timers/promises';

declare const mewsRegister: {
  birdsIn(mewsId: string): Promise<Bird[]>;
};

declare const larder: {
  take(food: FoodKind, grams: number): Promise<{ grams: number; batch: string }>;
};

declare const feedingLog: {
  record(entry: FeedingEntry): Promise<void>;
};

export type FoodKind = 'quail' | 'chick' | 'rabbit';

export interface Bird {
  ringId: string;
  species: 'harris-hawk' | 'peregrine' | 'barn-owl' | 'kestrel';
  flyingWeightG: number;
  currentWeightG: number;
}

export interface FeedingEntry {
  ringId: string;
  food: FoodKind;
  grams: number;
  batch: string;
  at: Date;
}

const FOOD: Record<Bird['species'], FoodKind> = {
  'harris-hawk': 'rabbit',
  peregrine: 'quail',
  'barn-owl': 'chick',
  kestrel: 'chick',
};

function rationFor(bird: Bird): number {
  const deficit = bird.flyingWeightG - bird.currentWeightG;
  const base = bird.flyingWeightG * 0.08;
  return Math.max(0, Math.round(base + deficit * 0.5));
}

export async function feedRound(mewsId: string): Promise<FeedingEntry[]> {
  const birds = await mewsRegister.birdsIn(mewsId);
  const entries = await Promise.all(
    birds.map(async (bird): Promise<FeedingEntry | null> => {
      const grams = rationFor(bird);
      if (grams === 0) return null;
      const portion = await larder.take(FOOD[bird.species], grams);
      const entry: FeedingEntry = {
        ringId: bird.ringId,
        food: FOOD[bird.species],
        grams: portion.grams,
        batch: portion.batch,
        at: new Date(),
      };
      await feedingLog.record(entry);
      return entry;
    }),
  );
  return entries.filter((e): e is FeedingEntry => e !== null);
}

export async function runFeedingDay(mewsId: string, rounds: number, everyMs: number): Promise<number> {
  let fed = 0;
  let completed = 0;
  for await (const _tick of setInterval(everyMs)) {
    const entries = await feedRound(mewsId);
    fed += entries.length;
    completed += 1;
    if (completed >= rounds) break;
  }
  return fed;
}
