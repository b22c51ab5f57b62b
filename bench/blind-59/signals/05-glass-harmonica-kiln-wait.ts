// expect: no-leaked-race
// annealBowl races the kiln against a setTimeout-based timeout that is never cleared, so every successful anneal leaves a 40-minute timer running.
export interface GlassBowl {
  serial: string;
  diameterMm: number;
  wallMm: number;
}

export interface KilnReading {
  kilnId: string;
  tempC: number;
  at: number;
}

declare const kiln: {
  id: string;
  setTarget(tempC: number): Promise<void>;
  waitForTemperature(tempC: number, toleranceC: number): Promise<KilnReading>;
  rampDown(ratePerMinute: number): Promise<void>;
};
declare const annealLog: { record(serial: string, stage: string, reading?: KilnReading): Promise<void> };

// Soda-lime glass anneals around 515C; thick rims need a longer soak.
const ANNEAL_C = 515;
const STRAIN_C = 470;

export class KilnTimeoutError extends Error {
  constructor(readonly stage: string, readonly afterMs: number) {
    super(`kiln did not reach ${stage} within ${Math.round(afterMs / 60_000)} minutes`);
  }
}

function timeoutAfter(ms: number, stage: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new KilnTimeoutError(stage, ms)), ms);
  });
}

function soakMinutes(bowl: GlassBowl): number {
  return Math.ceil(30 + bowl.wallMm * 12);
}

export async function annealBowl(bowl: GlassBowl, maxHeatupMs = 40 * 60_000): Promise<KilnReading> {
  await kiln.setTarget(ANNEAL_C);
  const atTemp = await Promise.race([
    kiln.waitForTemperature(ANNEAL_C, 3),
    timeoutAfter(maxHeatupMs, `${ANNEAL_C}C`),
  ]);
  await annealLog.record(bowl.serial, 'at-anneal', atTemp);

  await new Promise<void>((resolve) => setTimeout(resolve, soakMinutes(bowl) * 60_000));
  await kiln.rampDown(bowl.wallMm > 3 ? 1.5 : 3);
  const cooled = await kiln.waitForTemperature(STRAIN_C, 5);
  await annealLog.record(bowl.serial, 'below-strain', cooled);
  return cooled;
}

export async function annealSet(bowls: GlassBowl[]): Promise<string[]> {
  // Bowls nest on the kiln shelf; anneal from the largest down so the soak suits the thickest wall.
  const ordered = [...bowls].sort((a, b) => b.diameterMm - a.diameterMm);
  const done: string[] = [];
  for (const bowl of ordered) {
    try {
      await annealBowl(bowl);
      done.push(bowl.serial);
    } catch (err) {
      if (err instanceof KilnTimeoutError) {
        await annealLog.record(bowl.serial, `timeout:${err.stage}`);
        break;
      }
      throw err;
    }
  }
  return done;
}
