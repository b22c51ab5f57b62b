// expect: none
// withRetry takes a factory and calls it on every attempt, so each retry is a fresh request rather than the same settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface NacelleSample {
  turbineId: string;
  rotorRpm: number;
  pitchDeg: number;
  yawErrorDeg: number;
  gearboxOilC: number;
  powerKw: number;
  sampledAt: string;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  retryable(err: unknown): boolean;
}

declare const scadaGateway: {
  readNacelle(turbineId: string): Promise<NacelleSample>;
  readParkMeter(parkId: string): Promise<{ exportKw: number }>;
};
declare const telemetryStore: { insert(samples: NacelleSample[]): Promise<void> };

export class GatewayBusyError extends Error {
  constructor(readonly turbineId: string) {
    super(`SCADA gateway busy for ${turbineId}`);
  }
}

export const defaultPolicy: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
  retryable: (err) => err instanceof GatewayBusyError,
};

export async function withRetry<T>(operation: () => Promise<T>, policy: RetryPolicy = defaultPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!policy.retryable(err) || attempt === policy.attempts - 1) break;
      const jitter = Math.random() * policy.baseDelayMs;
      await sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt + jitter));
    }
  }
  throw lastError;
}

export function isCurtailmentCandidate(s: NacelleSample): boolean {
  return s.gearboxOilC > 78 || Math.abs(s.yawErrorDeg) > 12;
}

export async function pollPark(parkId: string, turbineIds: readonly string[]): Promise<{ samples: NacelleSample[]; hot: string[]; lossKw: number }> {
  const samples = await Promise.all(turbineIds.map((id) => withRetry(() => scadaGateway.readNacelle(id))));
  const meter = await withRetry(() => scadaGateway.readParkMeter(parkId), { ...defaultPolicy, attempts: 2 });
  await telemetryStore.insert(samples);

  const turbineSum = samples.reduce((sum, s) => sum + s.powerKw, 0);
  return {
    samples,
    hot: samples.filter(isCurtailmentCandidate).map((s) => s.turbineId),
    lossKw: Math.max(0, turbineSum - meter.exportKw),
  };
}
