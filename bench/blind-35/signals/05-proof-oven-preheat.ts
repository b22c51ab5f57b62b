// expect: no-leaked-race
// The preheat timeout is a timers/promises sleep raced against the oven; when the oven wins, the 40-minute timer keeps running and holds the process open.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DeckOven {
  id: string;
  decks: number;
  maxCelsius: number;
}

export interface BakePlan {
  product: 'country loaf' | 'baguette' | 'rye' | 'focaccia';
  deckCelsius: number;
  steamSeconds: number;
  loaves: number;
}

export class PreheatTimeout extends Error {
  constructor(readonly ovenId: string, readonly minutes: number) {
    super(`oven ${ovenId} did not reach temperature within ${minutes} minutes`);
    this.name = 'PreheatTimeout';
  }
}

declare const ovenController: {
  setTarget(ovenId: string, celsius: number): Promise<void>;
  reachTemperature(ovenId: string, celsius: number): Promise<{ celsius: number; elapsedSeconds: number }>;
  currentCelsius(ovenId: string): Promise<number>;
};

declare const bakeLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const PREHEAT_LIMIT_MINUTES = 40;

export function deckTemperature(plans: BakePlan[], oven: DeckOven): number {
  // One oven, one temperature: bake at the hottest requirement and shorten the others' bake time.
  const wanted = Math.max(...plans.map((p) => p.deckCelsius));
  return Math.min(wanted, oven.maxCelsius);
}

export async function preheat(oven: DeckOven, celsius: number): Promise<number> {
  await ovenController.setTarget(oven.id, celsius);
  const result = await Promise.race([
    ovenController.reachTemperature(oven.id, celsius),
    sleep(PREHEAT_LIMIT_MINUTES * 60_000).then(() => {
      throw new PreheatTimeout(oven.id, PREHEAT_LIMIT_MINUTES);
    }),
  ]);
  bakeLog.info('oven preheated', { oven: oven.id, celsius: result.celsius, minutes: Math.round(result.elapsedSeconds / 60) });
  return result.celsius;
}

export function loadingOrder(plans: BakePlan[]): BakePlan[] {
  // Rye goes in first (longest bake, tolerates the hottest deck), focaccia last.
  const rank: Record<BakePlan['product'], number> = { rye: 0, 'country loaf': 1, baguette: 2, focaccia: 3 };
  return [...plans].sort((a, b) => rank[a.product] - rank[b.product]);
}

export async function startBake(oven: DeckOven, plans: BakePlan[]): Promise<BakePlan[]> {
  const target = deckTemperature(plans, oven);
  const reached = await preheat(oven, target);
  const drift = Math.abs((await ovenController.currentCelsius(oven.id)) - reached);
  if (drift > 8) {
    bakeLog.info('deck temperature still settling after preheat', { oven: oven.id, drift });
  }
  return loadingOrder(plans).filter((p) => p.loaves > 0);
}
