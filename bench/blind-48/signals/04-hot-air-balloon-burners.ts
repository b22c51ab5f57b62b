// expect: none
// Correct: both races clean up their losers — the timer is cleared in finally, and the once()/delay pair shares a controller aborted in finally.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface PilotStatus {
  burner: 'A' | 'B';
  flameDetected: boolean;
  lpgBar: number;
}

declare const burnerValves: {
  blast(burner: 'A' | 'B', ms: number): Promise<{ deltaTempC: number }>;
};

export class BurnerTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not complete within ${ms}ms`);
    this.name = 'BurnerTimeoutError';
  }
}

export async function awaitPilotLight(burners: EventEmitter, burner: 'A' | 'B', timeoutMs: number): Promise<PilotStatus> {
  const controller = new AbortController();
  const lit = (async () => {
    for (;;) {
      const [status] = (await once(burners, 'pilot', { signal: controller.signal })) as [PilotStatus];
      if (status.burner === burner && status.flameDetected) return status;
    }
  })();
  const timeout = delay(timeoutMs, undefined, { signal: controller.signal }).then(() => {
    throw new BurnerTimeoutError(`pilot light on burner ${burner}`, timeoutMs);
  });
  try {
    return await Promise.race([lit, timeout]);
  } finally {
    controller.abort();
  }
}

export async function blastWithDeadline(burner: 'A' | 'B', blastMs: number, deadlineMs: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BurnerTimeoutError(`blast on burner ${burner}`, deadlineMs)), deadlineMs);
  });
  try {
    const { deltaTempC } = await Promise.race([burnerValves.blast(burner, blastMs), deadline]);
    return deltaTempC;
  } finally {
    clearTimeout(timer);
  }
}

export async function climbTo(
  burners: EventEmitter,
  envelopeTempC: () => number,
  targetTempC: number,
): Promise<number> {
  const pilotA = await awaitPilotLight(burners, 'A', 5_000);
  if (pilotA.lpgBar < 3) throw new Error(`LPG pressure too low on burner A: ${pilotA.lpgBar} bar`);
  let blasts = 0;
  while (envelopeTempC() < targetTempC && blasts < 20) {
    await blastWithDeadline(blasts % 2 === 0 ? 'A' : 'B', 1_500, 4_000);
    blasts++;
  }
  return blasts;
}
