// expect: none
// The deferred listens to repeating 'temperature' events, but one cleanup() clears the deadline and detaches every listener before any resolve/reject, and fault, error and close all reject, so it settles exactly once on every outcome.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface VatReading {
  vatId: string;
  celsius: number;
  at: number;
}

export interface WaitOptions {
  toleranceC?: number;
  deadlineMs?: number;
}

export class VatFaultError extends Error {
  constructor(readonly vatId: string, readonly code: string) {
    super(`vat ${vatId} reported fault ${code}`);
    this.name = 'VatFaultError';
  }
}

export abstract class DyeVat extends EventEmitter {
  abstract readonly id: string;
  abstract setTarget(celsius: number): void;
}

export function waitForTemperature(vat: DyeVat, targetC: number, opts: WaitOptions = {}): Promise<VatReading> {
  const tolerance = opts.toleranceC ?? 1.5;
  const deadlineMs = opts.deadlineMs ?? 45 * 60_000;
  const { promise, resolve, reject } = Promise.withResolvers<VatReading>();

  const cleanup = (): void => {
    clearTimeout(deadline);
    vat.off('temperature', onReading);
    vat.off('fault', onFault);
    vat.off('error', onError);
    vat.off('close', onClose);
  };
  const onReading = (reading: VatReading): void => {
    if (Math.abs(reading.celsius - targetC) > tolerance) return;
    cleanup();
    resolve(reading);
  };
  const onFault = (code: string): void => {
    cleanup();
    reject(new VatFaultError(vat.id, code));
  };
  const onError = (err: Error): void => {
    cleanup();
    reject(err);
  };
  const onClose = (): void => {
    cleanup();
    reject(new Error(`vat ${vat.id} controller closed before reaching ${targetC}°C`));
  };
  const deadline = setTimeout(() => {
    cleanup();
    reject(new Error(`vat ${vat.id} did not reach ${targetC}°C within ${deadlineMs / 60_000} min`));
  }, deadlineMs);

  vat.on('temperature', onReading);
  vat.on('fault', onFault);
  vat.on('error', onError);
  vat.on('close', onClose);
  vat.setTarget(targetC);
  return promise;
}

export interface DyeStep {
  label: string;
  celsius: number;
  holdMinutes: number;
}

export async function runProfile(vat: DyeVat, steps: DyeStep[], log: (line: string) => void): Promise<void> {
  for (const step of steps) {
    const reached = await waitForTemperature(vat, step.celsius);
    log(`${vat.id} ${step.label}: ${reached.celsius.toFixed(1)}°C at ${new Date(reached.at).toISOString()}`);
    await sleep(step.holdMinutes * 60_000);
  }
}
