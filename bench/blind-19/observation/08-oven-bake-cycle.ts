// expect: none
// The preheat promise is stored but awaited right after synchronous setup, with no other await in between, so its rejection is always observed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DeckOven {
  id: string;
  decks: number;
  maxTempC: number;
}

export interface BakeProgram {
  loaf: string;
  deckTempC: number;
  steamSeconds: number;
  bakeMinutes: number;
}

export interface BakeLog {
  ovenId: string;
  program: string;
  startedAt: Date;
  finishedAt: Date;
  decksUsed: number[];
}

declare const ovenController: {
  preheat(ovenId: string, tempC: number): Promise<{ reachedC: number }>;
  injectSteam(ovenId: string, deck: number, seconds: number): Promise<void>;
  readCoreProbe(ovenId: string, deck: number): Promise<number>;
};

const PROBE_TARGET_C = 96;

function pickDecks(oven: DeckOven, loaves: number, perDeck: number): number[] {
  const needed = Math.ceil(loaves / perDeck);
  if (needed > oven.decks) {
    throw new RangeError(`${loaves} loaves need ${needed} decks, oven ${oven.id} has ${oven.decks}`);
  }
  return Array.from({ length: needed }, (_, i) => i + 1);
}

export async function runBake(oven: DeckOven, program: BakeProgram, loaves: number, perDeck = 12): Promise<BakeLog> {
  if (program.deckTempC > oven.maxTempC) {
    throw new RangeError(`program ${program.loaf} exceeds oven ${oven.id} limit`);
  }
  const decksUsed = pickDecks(oven, loaves, perDeck);

  const preheating = ovenController.preheat(oven.id, program.deckTempC);
  console.log(`[${oven.id}] preheating to ${program.deckTempC}°C for ${program.loaf} on decks ${decksUsed.join(',')}`);
  const { reachedC } = await preheating;
  if (reachedC < program.deckTempC - 5) {
    throw new Error(`oven ${oven.id} stalled at ${reachedC}°C`);
  }

  const startedAt = new Date();
  await Promise.all(decksUsed.map((deck) => ovenController.injectSteam(oven.id, deck, program.steamSeconds)));

  await sleep(program.bakeMinutes * 60_000);

  for (const deck of decksUsed) {
    const core = await ovenController.readCoreProbe(oven.id, deck);
    if (core < PROBE_TARGET_C) {
      // Underbaked sourdough gums up; give it a few more minutes rather than pulling it.
      await sleep(4 * 60_000);
    }
  }

  return { ovenId: oven.id, program: program.loaf, startedAt, finishedAt: new Date(), decksUsed };
}
