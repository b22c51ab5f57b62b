// expect: none
// The retry helper takes a factory and calls it on every attempt, so each retry awaits a fresh weighbridge request.
import { setTimeout as sleep } from "node:timers/promises";

export interface PluckingLoad {
  estate: string;
  section: string;
  pluckerIds: string[];
  netKg: number;
  leafGrade: "fine" | "coarse" | "mixed";
}

declare const weighbridge: {
  weigh(truckId: string): Promise<{ grossKg: number; tareKg: number }>;
};

declare const factoryIntake: {
  submit(load: PluckingLoad): Promise<{ receiptNo: string }>;
};

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  retryable(err: unknown): boolean;
}

const defaultPolicy: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 250,
  retryable: (err) => err instanceof Error && /timeout|ECONNRESET|busy/i.test(err.message),
};

export async function retrying<T>(op: () => Promise<T>, policy: RetryPolicy = defaultPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (attempt >= policy.attempts || !policy.retryable(err)) throw err;
      await sleep(policy.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

export async function weighTruck(truckId: string): Promise<number> {
  const reading = await retrying(() => weighbridge.weigh(truckId));
  const net = reading.grossKg - reading.tareKg;
  if (net <= 0) throw new Error(`truck ${truckId} shows no leaf (net ${net}kg)`);
  return net;
}

function gradeFor(fineRatio: number): PluckingLoad["leafGrade"] {
  if (fineRatio >= 0.75) return "fine";
  if (fineRatio <= 0.4) return "coarse";
  return "mixed";
}

export async function deliverLoad(
  truckId: string,
  estate: string,
  section: string,
  pluckerIds: string[],
  fineRatio: number,
): Promise<string> {
  const netKg = await weighTruck(truckId);
  const load: PluckingLoad = { estate, section, pluckerIds, netKg, leafGrade: gradeFor(fineRatio) };
  const { receiptNo } = await retrying(() => factoryIntake.submit(load));
  return receiptNo;
}

export function kgPerPlucker(load: PluckingLoad): number {
  if (load.pluckerIds.length === 0) return 0;
  return Math.round((load.netKg / load.pluckerIds.length) * 10) / 10;
}
