// expect: none
// The request's signal reaches every cancellable step: the buoy fetch, the retry backoff, the 'flushed' wait and the file pipeline.
import { once, type EventEmitter } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ExportRequest {
  leaseId: string;
  buoyIds: string[];
  from: string;
  to: string;
  outputPath: string;
  signal: AbortSignal;
}

declare const buoyApi: {
  baseUrl: string;
};

declare const sensorHub: EventEmitter & {
  requestFlush(buoyId: string): void;
};

class BuoyBusyError extends Error {}

async function fetchBuoyCsv(buoyId: string, from: string, to: string, signal: AbortSignal): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const url = `${buoyApi.baseUrl}/buoys/${encodeURIComponent(buoyId)}/readings.csv?from=${from}&to=${to}`;
    const response = await fetch(url, { signal });
    if (response.status === 409) {
      await response.body?.cancel();
      await sleep(1_000 * attempt, undefined, { signal });
      continue;
    }
    if (!response.ok) throw new Error(`buoy ${buoyId} export failed: HTTP ${response.status}`);
    return response.text();
  }
  throw new BuoyBusyError(`buoy ${buoyId} stayed busy flushing its logger`);
}

async function flushBuoy(buoyId: string, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  sensorHub.requestFlush(buoyId);
  await once(sensorHub, `flushed:${buoyId}`, { signal });
}

async function* csvRows(request: ExportRequest): AsyncGenerator<string> {
  yield 'buoy_id,timestamp,salinity_psu,water_temp_c,dissolved_o2_mgl\n';
  for (const buoyId of request.buoyIds) {
    await flushBuoy(buoyId, request.signal);
    const csv = await fetchBuoyCsv(buoyId, request.from, request.to, request.signal);
    for (const line of csv.split('\n').slice(1)) {
      if (line.trim().length > 0) yield `${buoyId},${line}\n`;
    }
  }
}

export async function exportLeaseReadings(request: ExportRequest): Promise<string> {
  if (request.buoyIds.length === 0) {
    throw new Error(`lease ${request.leaseId} has no buoys to export`);
  }
  await pipeline(
    Readable.from(csvRows(request)),
    createWriteStream(request.outputPath, { encoding: 'utf8' }),
    { signal: request.signal },
  );
  return request.outputPath;
}
