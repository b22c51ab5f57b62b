// expect: no-swallowed-abort
// The catch around the signal-aware upload wraps every failure, including an AbortError, in a new UplinkError, so callers can no longer tell a deliberate cancellation from a failed transmission.
import { readFile } from 'node:fs/promises';

export interface UplinkOptions {
  endpoint: string;
  stationId: string;
  apiKey: string;
  signal?: AbortSignal;
}

export interface UplinkReceipt {
  batchId: string;
  accepted: number;
  rejected: number;
}

export class UplinkError extends Error {
  override name = 'UplinkError';
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

interface ProbeRecord {
  probe: string;
  depthCm: number;
  tempC: number;
  at: string;
}

function toNdjson(records: readonly ProbeRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export async function loadPending(path: string, signal?: AbortSignal): Promise<ProbeRecord[]> {
  const raw = await readFile(path, { encoding: 'utf8', signal });
  return raw
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ProbeRecord);
}

export async function transmitBatch(records: readonly ProbeRecord[], opts: UplinkOptions): Promise<UplinkReceipt> {
  try {
    const res = await fetch(`${opts.endpoint}/stations/${opts.stationId}/readings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-ndjson',
        authorization: `ApiKey ${opts.apiKey}`,
      },
      body: toNdjson(records),
      signal: opts.signal,
    });
    if (res.status === 429 || res.status >= 500) {
      throw new UplinkError(`station ${opts.stationId}: server busy (${res.status})`, true);
    }
    if (!res.ok) {
      throw new UplinkError(`station ${opts.stationId}: upload refused (${res.status})`, false);
    }
    return (await res.json()) as UplinkReceipt;
  } catch (err) {
    if (err instanceof UplinkError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new UplinkError(`station ${opts.stationId}: satellite link dropped (${detail})`, true);
  }
}

export async function flushSpool(path: string, opts: UplinkOptions, batchSize = 500): Promise<number> {
  const records = await loadPending(path, opts.signal);
  let sent = 0;
  for (let i = 0; i < records.length; i += batchSize) {
    const receipt = await transmitBatch(records.slice(i, i + batchSize), opts);
    sent += receipt.accepted;
  }
  return sent;
}
