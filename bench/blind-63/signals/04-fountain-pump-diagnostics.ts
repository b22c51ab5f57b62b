// expect: no-leaked-race
// Promise.race against a timers/promises delay that is never cancelled: each fast pressure read leaves a 5s timer (and each timeout a running probe) behind.
import { setTimeout as delay } from 'node:timers/promises';

export interface PressureSample {
  pumpId: string;
  inletKpa: number;
  outletKpa: number;
  rpm: number;
}

export interface PumpDiagnosis {
  pumpId: string;
  fountain: string;
  finding: 'ok' | 'clogged-intake' | 'worn-impeller' | 'air-lock' | 'no-response';
  headGainKpa?: number;
}

declare const pumpBus: {
  readPressure(pumpId: string): Promise<PressureSample>;
};

declare const workOrders: {
  open(fountain: string, pumpId: string, finding: PumpDiagnosis['finding']): Promise<string>;
};

const PROBE_TIMEOUT_MS = 5_000;

function classify(sample: PressureSample): PumpDiagnosis['finding'] {
  const gain = sample.outletKpa - sample.inletKpa;
  if (sample.inletKpa < -40) return 'clogged-intake';
  if (sample.rpm > 2_000 && gain < 15) return 'air-lock';
  if (gain < 60) return 'worn-impeller';
  return 'ok';
}

async function probe(pumpId: string): Promise<PressureSample | null> {
  try {
    return await Promise.race([
      pumpBus.readPressure(pumpId),
      delay(PROBE_TIMEOUT_MS).then(() => {
        throw new Error(`pump ${pumpId} did not answer within ${PROBE_TIMEOUT_MS}ms`);
      }),
    ]);
  } catch {
    return null;
  }
}

export async function diagnoseFountain(fountain: string, pumpIds: string[]): Promise<PumpDiagnosis[]> {
  const results: PumpDiagnosis[] = [];
  for (const pumpId of pumpIds) {
    const sample = await probe(pumpId);
    const diagnosis: PumpDiagnosis = sample
      ? { pumpId, fountain, finding: classify(sample), headGainKpa: sample.outletKpa - sample.inletKpa }
      : { pumpId, fountain, finding: 'no-response' };
    results.push(diagnosis);
  }

  for (const d of results) {
    if (d.finding !== 'ok') {
      await workOrders.open(fountain, d.pumpId, d.finding);
    }
  }
  return results;
}

export function summarize(results: PumpDiagnosis[]): string {
  const bad = results.filter((r) => r.finding !== 'ok');
  if (bad.length === 0) return 'all pumps healthy';
  return bad.map((r) => `${r.pumpId}: ${r.finding}`).join('; ');
}
