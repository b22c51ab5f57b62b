// expect: none
// absorbedMl and lastTempC are written by 'sample' listeners but only read after awaiting once(vat, 'drained'), and the timer-written flag is read inside its own callback.
import { EventEmitter, once } from 'node:events';

export interface DyeSample {
  vatId: string;
  absorbedMl: number;
  tempC: number;
}

export interface LotResult {
  lotId: string;
  absorbedMl: number;
  finalTempC: number;
  overheated: boolean;
  durationMs: number;
}

export interface DyeVat extends EventEmitter {
  readonly vatId: string;
  startCycle(lotId: string, minutes: number): void;
  abortCycle(reason: string): void;
}

const OVERHEAT_C = 95;

export async function dyeLot(vat: DyeVat, lotId: string, minutes: number): Promise<LotResult> {
  const started = Date.now();
  let absorbedMl = 0;
  let lastTempC = Number.NaN;
  let overheated = false;

  const onSample = (sample: DyeSample) => {
    absorbedMl += sample.absorbedMl;
    lastTempC = sample.tempC;
    if (sample.tempC > OVERHEAT_C && !overheated) {
      overheated = true;
      vat.abortCycle(`overheat at ${sample.tempC}C`);
    }
  };

  const watchdog = setTimeout(() => {
    if (Number.isNaN(lastTempC)) {
      vat.abortCycle('no samples received in the first minute');
    }
  }, 60_000);

  vat.on('sample', onSample);
  try {
    const drained = once(vat, 'drained');
    vat.startCycle(lotId, minutes);
    await drained;
  } finally {
    clearTimeout(watchdog);
    vat.off('sample', onSample);
  }

  return {
    lotId,
    absorbedMl,
    finalTempC: lastTempC,
    overheated,
    durationMs: Date.now() - started,
  };
}

export function shadeConsistency(results: readonly LotResult[]): number {
  if (results.length < 2) return 1;
  const values = results.map((r) => r.absorbedMl);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return mean === 0 ? 0 : Math.max(0, 1 - Math.sqrt(variance) / mean);
}

export async function dyeLots(vat: DyeVat, lotIds: readonly string[], minutes: number): Promise<LotResult[]> {
  const results: LotResult[] = [];
  for (const lotId of lotIds) {
    const result = await dyeLot(vat, lotId, minutes);
    results.push(result);
    if (result.overheated) break;
  }
  return results;
}
