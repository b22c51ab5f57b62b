// expect: none
// The retry loop rethrows as soon as the signal is aborted and its backoff sleep is cancellable, so aborts are never retried or swallowed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TemperatureLog {
  shipmentId: string;
  loggerSerial: string;
  samples: { at: string; celsius: number }[];
}

export interface UploadReceipt {
  shipmentId: string;
  excursions: number;
  acceptedAt: string;
}

export class UploadRejectedError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`Cold chain portal rejected upload (${status}): ${body}`);
    this.name = 'UploadRejectedError';
  }
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

function countExcursions(log: TemperatureLog, min = 2, max = 8): number {
  return log.samples.filter((s) => s.celsius < min || s.celsius > max).length;
}

async function postOnce(url: string, log: TemperatureLog, signal: AbortSignal): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...log, excursions: countExcursions(log) }),
    signal,
  });
}

export async function uploadLog(
  portalUrl: string,
  log: TemperatureLog,
  { signal, attempts = 5 }: { signal: AbortSignal; attempts?: number },
): Promise<UploadReceipt> {
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await postOnce(`${portalUrl}/shipments/${log.shipmentId}/temperature`, log, signal);
      if (res.ok) return (await res.json()) as UploadReceipt;
      const body = await res.text();
      if (!RETRYABLE.has(res.status)) throw new UploadRejectedError(res.status, body);
      lastError = new UploadRejectedError(res.status, body);
    } catch (err) {
      if (signal.aborted || err instanceof UploadRejectedError) throw err;
      // network blip on the depot's LTE modem; try again
      lastError = err;
    }

    const backoff = Math.min(30_000, 500 * 2 ** attempt) + Math.random() * 250;
    await sleep(backoff, undefined, { signal });
  }

  throw new Error(`Giving up on shipment ${log.shipmentId} after ${attempts} attempts`, { cause: lastError });
}
