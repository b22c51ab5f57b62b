// expect: no-reused-settled-promise
// waitForPhInBand starts one probe reading and re-awaits that same settled promise on every poll, so it never sees a new pH value.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProbeReading {
  towerId: string;
  ph: number;
  ecMsCm: number;
  waterTempC: number;
  at: number;
}

export interface DoseDecision {
  towerId: string;
  acidMl: number;
  baseMl: number;
}

declare const probes: {
  read(towerId: string): Promise<ProbeReading>;
};

declare const doser: {
  inject(towerId: string, pump: 'ph-down' | 'ph-up', ml: number): Promise<void>;
};

const TARGET_PH = { low: 5.6, high: 6.2 };
const ML_PER_0_1_PH = 1.5;
const MAX_DOSE_ML = 12;

function decide(reading: ProbeReading): DoseDecision {
  if (reading.ph > TARGET_PH.high) {
    const ml = Math.min(MAX_DOSE_ML, ((reading.ph - TARGET_PH.high) / 0.1) * ML_PER_0_1_PH);
    return { towerId: reading.towerId, acidMl: Number(ml.toFixed(1)), baseMl: 0 };
  }
  if (reading.ph < TARGET_PH.low) {
    const ml = Math.min(MAX_DOSE_ML, ((TARGET_PH.low - reading.ph) / 0.1) * ML_PER_0_1_PH);
    return { towerId: reading.towerId, acidMl: 0, baseMl: Number(ml.toFixed(1)) };
  }
  return { towerId: reading.towerId, acidMl: 0, baseMl: 0 };
}

export async function waitForPhInBand(
  towerId: string,
  { intervalMs = 20_000, maxPolls = 15 } = {},
): Promise<ProbeReading> {
  const reading = probes.read(towerId);
  for (let poll = 1; poll <= maxPolls; poll++) {
    const current = await reading;
    if (current.ph >= TARGET_PH.low && current.ph <= TARGET_PH.high) {
      return current;
    }
    if (poll < maxPolls) await sleep(intervalMs);
  }
  throw new Error(`tower ${towerId} pH did not settle into ${TARGET_PH.low}-${TARGET_PH.high} after ${maxPolls} polls`);
}

export async function correctPh(towerId: string): Promise<{ dosed: DoseDecision; settled: ProbeReading }> {
  const before = await probes.read(towerId);
  const dose = decide(before);
  if (dose.acidMl > 0) await doser.inject(towerId, 'ph-down', dose.acidMl);
  if (dose.baseMl > 0) await doser.inject(towerId, 'ph-up', dose.baseMl);
  if (dose.acidMl === 0 && dose.baseMl === 0) {
    return { dosed: dose, settled: before };
  }
  const settled = await waitForPhInBand(towerId);
  return { dosed: dose, settled };
}

export async function correctRack(towerIds: string[]): Promise<Map<string, DoseDecision>> {
  const decisions = new Map<string, DoseDecision>();
  for (const id of towerIds) {
    const { dosed } = await correctPh(id);
    decisions.set(id, dosed);
  }
  return decisions;
}
