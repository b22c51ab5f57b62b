// expect: none
// The retry loop catches errors from the bench meter, but when the signal is aborted (or the error is an AbortError) it rethrows before retrying, and the backoff sleep itself takes the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TransformerSpec {
  serial: string;
  ratedKv: number;
  ratedMa: number;
}

export interface BurnInSample {
  minute: number;
  outputKv: number;
  caseTempC: number;
}

declare const benchMeter: {
  sample(serial: string, opts: { signal: AbortSignal }): Promise<{ kv: number; tempC: number }>;
};

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function sampleWithRetry(serial: string, signal: AbortSignal, attempts = 4) {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await benchMeter.sample(serial, { signal });
    } catch (err) {
      if (signal.aborted || isAbort(err)) throw err;
      lastError = err;
      await sleep(250 * 2 ** i, undefined, { signal });
    }
  }
  throw new Error(`bench meter unreadable for ${serial}`, { cause: lastError });
}

/**
 * Runs a neon sign transformer at rated load for `minutes` and records
 * output voltage and case temperature once a minute. The workshop UI can
 * cancel the run at any time (e.g. the operator pulls the interlock).
 */
export async function burnIn(
  spec: TransformerSpec,
  minutes: number,
  signal: AbortSignal,
): Promise<{ passed: boolean; samples: BurnInSample[] }> {
  const samples: BurnInSample[] = [];

  for (let minute = 1; minute <= minutes; minute++) {
    await sleep(60_000, undefined, { signal });
    const { kv, tempC } = await sampleWithRetry(spec.serial, signal);
    samples.push({ minute, outputKv: kv, caseTempC: tempC });

    if (tempC > 85) {
      return { passed: false, samples };
    }
  }

  const sagging = samples.some((s) => s.outputKv < spec.ratedKv * 0.9);
  return { passed: !sagging, samples };
}

export function startBurnIn(spec: TransformerSpec, minutes: number, interlock: EventTarget) {
  const controller = new AbortController();
  const onOpen = () => controller.abort(new Error('interlock opened'));
  interlock.addEventListener('open', onOpen, { once: true });
  const result = burnIn(spec, minutes, controller.signal).finally(() => {
    interlock.removeEventListener('open', onOpen);
  });
  return { result, cancel: () => controller.abort() };
}
