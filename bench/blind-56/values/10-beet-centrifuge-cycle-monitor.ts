// expect: none
// Locals written in 'sample' listeners and a .then callback are read only after awaiting the 'cycle-end' event and that same promise, so every write has happened by then.
import { EventEmitter, once } from 'node:events';

export interface SpinSample {
  rpm: number;
  vibrationMmS: number;
  at: number;
}

export interface CycleSummary {
  unitId: string;
  peakRpm: number;
  maxVibrationMmS: number;
  spinSeconds: number;
  sugarMoisturePct: number | null;
}

export interface CentrifugeUnit extends EventEmitter {
  readonly unitId: string;
  startCycle(recipe: 'white' | 'raw' | 'affination'): void;
}

declare const labBench: {
  moisture(unitId: string): Promise<number>;
};

declare const controlRoom: {
  alert(unitId: string, message: string): Promise<void>;
};

const VIBRATION_LIMIT_MM_S = 11;

export async function monitorCycle(unit: CentrifugeUnit, recipe: 'white' | 'raw' | 'affination'): Promise<CycleSummary> {
  let peakRpm = 0;
  let maxVibration = 0;
  let firstAt = 0;
  let lastAt = 0;

  const onSample = (s: SpinSample) => {
    peakRpm = Math.max(peakRpm, s.rpm);
    maxVibration = Math.max(maxVibration, s.vibrationMmS);
    if (firstAt === 0) firstAt = s.at;
    lastAt = s.at;
  };

  unit.on('sample', onSample);
  try {
    const ended = once(unit, 'cycle-end');
    unit.startCycle(recipe);
    await ended;
  } finally {
    unit.off('sample', onSample);
  }

  let sugarMoisturePct: number | null = null;
  const moistureRead = labBench.moisture(unit.unitId).then(
    (pct) => {
      sugarMoisturePct = pct;
    },
    () => {
      sugarMoisturePct = null;
    },
  );
  await moistureRead;

  return {
    unitId: unit.unitId,
    peakRpm,
    maxVibrationMmS: maxVibration,
    spinSeconds: Math.round((lastAt - firstAt) / 1000),
    sugarMoisturePct,
  };
}

export async function superviseBatch(units: readonly CentrifugeUnit[]): Promise<CycleSummary[]> {
  const summaries = await Promise.all(units.map((u) => monitorCycle(u, 'white')));
  for (const s of summaries) {
    if (s.maxVibrationMmS > VIBRATION_LIMIT_MM_S) {
      await controlRoom.alert(s.unitId, `vibration ${s.maxVibrationMmS} mm/s exceeded ${VIBRATION_LIMIT_MM_S} mm/s`);
    }
  }
  return summaries;
}
