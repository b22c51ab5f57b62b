// expect: no-leaked-race
// The timeout promise's timer is never cleared after the pour wins the race, so each mould leaves a long-lived timer behind.
import { EventEmitter, once } from 'node:events';

export interface PourTarget {
  mouldId: string;
  bellNote: string;
  bronzeKg: number;
  pourRateKgPerSec: number;
}

export interface PourResult {
  mouldId: string;
  pouredKg: number;
  seconds: number;
  risersFull: boolean;
}

declare const ladleCrane: EventEmitter & {
  tilt(mouldId: string, rateKgPerSec: number): void;
  level(): void;
};

declare const foundryRecord: {
  save(result: PourResult): Promise<void>;
  flagForInspection(mouldId: string, reason: string): Promise<void>;
};

const POUR_SLACK = 1.6;

export class PourTimeoutError extends Error {
  constructor(readonly mouldId: string, readonly limitMs: number) {
    super(`pour into ${mouldId} did not complete within ${limitMs} ms`);
    this.name = 'PourTimeoutError';
  }
}

function timeout(mouldId: string, ms: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new PourTimeoutError(mouldId, ms)), ms);
  });
}

async function pourComplete(target: PourTarget): Promise<PourResult> {
  const started = Date.now();
  const [mouldId, pouredKg, risersFull] = (await once(ladleCrane, 'poured')) as [string, number, boolean];
  if (mouldId !== target.mouldId) {
    throw new Error(`crane reported pour for ${mouldId}, expected ${target.mouldId}`);
  }
  return { mouldId, pouredKg, risersFull, seconds: (Date.now() - started) / 1000 };
}

export async function pourBell(target: PourTarget): Promise<PourResult> {
  const expectedMs = (target.bronzeKg / target.pourRateKgPerSec) * 1000;
  const limitMs = Math.ceil(expectedMs * POUR_SLACK) + 30_000;

  const done = pourComplete(target);
  ladleCrane.tilt(target.mouldId, target.pourRateKgPerSec);
  try {
    const result = await Promise.race([done, timeout(target.mouldId, limitMs)]);
    await foundryRecord.save(result);
    if (!result.risersFull) {
      await foundryRecord.flagForInspection(result.mouldId, 'risers not full; check for shrinkage');
    }
    return result;
  } finally {
    ladleCrane.level();
  }
}

export async function pourPeal(targets: readonly PourTarget[]): Promise<PourResult[]> {
  const results: PourResult[] = [];
  for (const target of targets) {
    results.push(await pourBell(target));
  }
  return results;
}

export function totalBronze(results: readonly PourResult[]): number {
  return results.reduce((kg, r) => kg + r.pouredKg, 0);
}
