// expect: none
// Both racers share one AbortController that is aborted in finally, which cancels the losing delay timer or removes the 'struck' listener whichever side wins.
import { EventEmitter, on } from "node:events";
import { setTimeout as delay } from "node:timers/promises";

export interface ProjectorLamp {
  projectorId: string;
  wattage: number;
  hours: number;
}

export interface StrikeResult {
  projectorId: string;
  attempts: number;
  colourTempK: number;
}

declare const lampBus: EventEmitter & {
  ignite(projectorId: string): void;
};
declare const boothLog: { note(projectorId: string, message: string): Promise<void> };

const STRIKE_WINDOW_MS = 8_000;
const MAX_ATTEMPTS = 3;

class StrikeTimeout extends Error {
  constructor(projectorId: string) {
    super(`lamp in ${projectorId} did not strike within ${STRIKE_WINDOW_MS}ms`);
    this.name = "StrikeTimeout";
  }
}

async function igniteAndWait(projectorId: string, signal: AbortSignal): Promise<number> {
  const strikes = on(lampBus, "struck", { signal });
  lampBus.ignite(projectorId);
  for await (const [id, kelvin] of strikes) {
    if (id === projectorId) return Number(kelvin);
  }
  throw new Error(`lamp bus closed before ${projectorId} struck`);
}

async function strikeOnce(projectorId: string): Promise<number> {
  const controller = new AbortController();
  try {
    return await Promise.race([
      igniteAndWait(projectorId, controller.signal),
      delay(STRIKE_WINDOW_MS, undefined, { signal: controller.signal }).then(() => {
        throw new StrikeTimeout(projectorId);
      }),
    ]);
  } finally {
    controller.abort();
  }
}

export async function strikeLamp(lamp: ProjectorLamp): Promise<StrikeResult> {
  if (lamp.hours > 2_500) {
    await boothLog.note(lamp.projectorId, `lamp at ${lamp.hours}h, expect slow strikes`);
  }
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const colourTempK = await strikeOnce(lamp.projectorId);
      return { projectorId: lamp.projectorId, attempts: attempt, colourTempK };
    } catch (err) {
      if (!(err instanceof StrikeTimeout) || attempt === MAX_ATTEMPTS) throw err;
      await boothLog.note(lamp.projectorId, `strike attempt ${attempt} timed out, cooling before retry`);
    }
  }
  throw new Error("unreachable");
}
