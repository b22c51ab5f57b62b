// expect: none
// Functions are passed where functions are expected: bendTube goes to map() and withRetry receives `() => bender.heat(...)`, a factory it calls on every attempt; nothing awaits or collects a bare function.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TubeSpec {
  id: string;
  glass: 'lead' | 'soft' | 'borosilicate';
  diameterMm: number;
  bends: Array<{ atCm: number; angleDeg: number }>;
}

export interface BentTube {
  id: string;
  bendsMade: number;
  minutes: number;
}

interface Bender {
  heat(tubeId: string, ribbonBurnerC: number): Promise<void>;
  bend(tubeId: string, atCm: number, angleDeg: number): Promise<void>;
  anneal(tubeId: string): Promise<void>;
}

async function withRetry<T>(attempt: () => Promise<T>, tries = 3, backoffMs = 2_000): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(backoffMs * (i + 1));
    }
  }
  throw lastError;
}

const BURNER_C: Record<TubeSpec['glass'], number> = {
  lead: 750,
  soft: 830,
  borosilicate: 1_250,
};

export function makeBatch(bender: Bender) {
  const bendTube = async (tube: TubeSpec): Promise<BentTube> => {
    const started = Date.now();
    let bendsMade = 0;
    for (const b of tube.bends) {
      await withRetry(() => bender.heat(tube.id, BURNER_C[tube.glass]));
      await bender.bend(tube.id, b.atCm, b.angleDeg);
      bendsMade++;
    }
    await bender.anneal(tube.id);
    return { id: tube.id, bendsMade, minutes: Math.round((Date.now() - started) / 60_000) };
  };

  return {
    bendTube,
    /** Tubes for one sign are bent on parallel benches, one bench per tube. */
    async bendAll(tubes: TubeSpec[]): Promise<BentTube[]> {
      const invalid = tubes.find((t) => t.diameterMm < 8 || t.diameterMm > 15);
      if (invalid) throw new Error(`${invalid.id}: ${invalid.diameterMm} mm is outside the benches' range`);
      return Promise.all(tubes.map(bendTube));
    },
  };
}
