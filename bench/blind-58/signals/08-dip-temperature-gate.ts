// expect: no-leaked-race
// waitForDipTemperature races the reading listener against a timers/promises delay but never cancels the loser: the timer keeps running after success and the listener stays attached after a timeout.
import { EventEmitter } from "node:events";
import { setTimeout as delay } from "node:timers/promises";

export interface VatThermostat extends EventEmitter {
  id: string;
  setTarget(celsius: number): Promise<void>;
}

export interface DipRun {
  vatId: string;
  dips: number;
  wickLengthCm: number;
}

declare const dipper: {
  lower(vatId: string, depthCm: number): Promise<void>;
  raise(vatId: string): Promise<void>;
};

export class VatTimeoutError extends Error {
  constructor(readonly vatId: string, readonly targetC: number, readonly timeoutMs: number) {
    super(`vat ${vatId} did not reach ${targetC}°C within ${timeoutMs}ms`);
    this.name = "VatTimeoutError";
  }
}

const TOLERANCE_C = 0.5;
const COOL_BETWEEN_DIPS_MS = 45_000;

export function waitForDipTemperature(vat: VatThermostat, targetC: number, timeoutMs: number): Promise<number> {
  const reached = new Promise<number>((resolve, reject) => {
    const onReading = (celsius: number) => {
      if (Math.abs(celsius - targetC) > TOLERANCE_C) return;
      vat.off("reading", onReading);
      vat.off("fault", onFault);
      resolve(celsius);
    };
    const onFault = (err: Error) => {
      vat.off("reading", onReading);
      reject(err);
    };
    vat.on("reading", onReading);
    vat.once("fault", onFault);
  });

  const timedOut = delay(timeoutMs).then(() => {
    throw new VatTimeoutError(vat.id, targetC, timeoutMs);
  });

  return Promise.race([reached, timedOut]);
}

export async function dipCandles(vat: VatThermostat, run: DipRun, waxC = 71): Promise<number> {
  await vat.setTarget(waxC);
  await waitForDipTemperature(vat, waxC, 20 * 60_000);

  let completed = 0;
  for (let i = 0; i < run.dips; i++) {
    await waitForDipTemperature(vat, waxC, 5 * 60_000);
    await dipper.lower(run.vatId, run.wickLengthCm);
    await dipper.raise(run.vatId);
    completed += 1;
    await delay(COOL_BETWEEN_DIPS_MS);
  }
  return completed;
}
