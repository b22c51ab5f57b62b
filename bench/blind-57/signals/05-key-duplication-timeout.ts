// expect: no-leaked-race
// Bug: duplicateKey races the cut against a timers/promises sleep that is never cancelled, so every successful cut leaves a 90-second timer (and the losing cut on timeout) running.
import { setTimeout as sleep } from 'node:timers/promises';

declare const keyMachine: {
  scanOriginal(stationId: string): Promise<{ profile: string; bitting: number[]; wearPct: number }>;
  cut(stationId: string, job: { profile: string; bitting: number[]; blank: string }): Promise<{ serial: string }>;
};

declare const blankShelf: {
  blankFor(profile: string): string | undefined;
};

declare const counterTill: {
  charge(orderId: string, amountPence: number): Promise<void>;
};

export interface DuplicateOrder {
  orderId: string;
  stationId: string;
  copies: number;
}

export interface DuplicateResult {
  orderId: string;
  serials: string[];
  compensatedCuts: number;
}

const CUT_TIMEOUT_MS = 90_000;
const PRICE_PENCE = 650;

export class CutTimeoutError extends Error {
  constructor(stationId: string) {
    super(`key cutter at ${stationId} did not finish within ${CUT_TIMEOUT_MS / 1000}s`);
    this.name = 'CutTimeoutError';
  }
}

function compensateBitting(bitting: number[], wearPct: number): { bitting: number[]; changed: number } {
  let changed = 0;
  const adjusted = bitting.map((depth) => {
    if (wearPct > 8 && depth > 0) {
      changed += 1;
      return depth - 1;
    }
    return depth;
  });
  return { bitting: adjusted, changed };
}

async function cutWithTimeout(stationId: string, job: { profile: string; bitting: number[]; blank: string }) {
  return Promise.race([
    keyMachine.cut(stationId, job),
    sleep(CUT_TIMEOUT_MS).then(() => {
      throw new CutTimeoutError(stationId);
    }),
  ]);
}

export async function duplicateKey(order: DuplicateOrder): Promise<DuplicateResult> {
  const original = await keyMachine.scanOriginal(order.stationId);
  const blank = blankShelf.blankFor(original.profile);
  if (!blank) {
    throw new Error(`no blank stocked for profile ${original.profile}`);
  }

  const { bitting, changed } = compensateBitting(original.bitting, original.wearPct);
  const serials: string[] = [];
  for (let copy = 0; copy < order.copies; copy++) {
    const { serial } = await cutWithTimeout(order.stationId, { profile: original.profile, bitting, blank });
    serials.push(serial);
  }

  await counterTill.charge(order.orderId, PRICE_PENCE * order.copies);
  return { orderId: order.orderId, serials, compensatedCuts: changed };
}
