// expect: no-leaked-race
// measureWithTimeout races the strobe tuner against a timers/promises delay that is never cancelled, so every measurement leaves a pending timer behind.
import { setTimeout as delay } from "node:timers/promises";

export interface ReedBlock {
  serial: string;
  register: "bassoon" | "clarinet" | "piccolo" | "master";
  reeds: Array<{ note: string; targetHz: number }>;
}

export interface PitchResult {
  note: string;
  targetHz: number;
  measuredHz: number | null;
  cents: number | null;
}

interface StrobeTuner {
  measure(note: string, expectedHz: number): Promise<number>;
}

declare const tuner: StrobeTuner;
declare const bellows: { press(pressurePa: number): Promise<void>; release(): Promise<void> };
declare const workbook: { record(serial: string, results: PitchResult[]): Promise<void> };

const BELLOWS_PA: Record<ReedBlock["register"], number> = {
  bassoon: 600,
  clarinet: 500,
  piccolo: 450,
  master: 550,
};

class MeasurementTimeout extends Error {
  constructor(note: string, ms: number) {
    super(`no stable pitch for ${note} within ${ms}ms`);
    this.name = "MeasurementTimeout";
  }
}

async function measureWithTimeout(note: string, expectedHz: number, ms: number): Promise<number> {
  return Promise.race([
    tuner.measure(note, expectedHz),
    delay(ms).then(() => {
      throw new MeasurementTimeout(note, ms);
    }),
  ]);
}

function cents(measured: number, target: number): number {
  return Math.round(1200 * Math.log2(measured / target) * 10) / 10;
}

export async function tuneBlock(block: ReedBlock, perReedMs = 4_000): Promise<PitchResult[]> {
  const results: PitchResult[] = [];
  await bellows.press(BELLOWS_PA[block.register]);
  try {
    for (const reed of block.reeds) {
      try {
        const measuredHz = await measureWithTimeout(reed.note, reed.targetHz, perReedMs);
        results.push({ ...reed, measuredHz, cents: cents(measuredHz, reed.targetHz) });
      } catch (err) {
        if (!(err instanceof MeasurementTimeout)) throw err;
        results.push({ ...reed, measuredHz: null, cents: null });
      }
    }
  } finally {
    await bellows.release();
  }
  await workbook.record(block.serial, results);
  return results;
}

export function wetTuningSpread(results: PitchResult[]): number | null {
  const measured = results.map((r) => r.cents).filter((c): c is number => c !== null);
  if (measured.length < 2) return null;
  return Math.max(...measured) - Math.min(...measured);
}
