// expect: none
// The caller's signal reaches every cancellable call: fetch gets it inside the RequestInit built by requestInit(), and pipeline/delay get it in their options.
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { createGzip } from 'node:zlib';

export interface UploadJob {
  droneId: string;
  flightId: string;
  lidarPath: string;
  siteCode: string;
}

export interface UploadReceipt {
  flightId: string;
  objectKey: string;
  bytes: number;
}

declare const surveyCloud: {
  base: string;
  token(): Promise<string>;
};

function requestInit(token: string, signal: AbortSignal, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
    signal,
  };
}

async function compress(src: string, signal: AbortSignal): Promise<string> {
  const dest = `${src}.gz`;
  await pipeline(createReadStream(src), createGzip({ level: 6 }), createWriteStream(dest), { signal });
  return dest;
}

async function waitUntilProcessed(objectKey: string, token: string, signal: AbortSignal): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const res = await fetch(`${surveyCloud.base}/objects/${objectKey}/status`, requestInit(token, signal));
    if (!res.ok) throw new Error(`status check failed: ${res.status}`);
    const { state } = (await res.json()) as { state: 'queued' | 'meshing' | 'done' | 'failed' };
    if (state === 'done') return;
    if (state === 'failed') throw new Error(`cloud processing failed for ${objectKey}`);
    await delay(Math.min(1_000 * 2 ** attempt, 15_000), undefined, { signal });
  }
  throw new Error(`processing of ${objectKey} did not finish`);
}

export async function uploadFlight(job: UploadJob, signal: AbortSignal): Promise<UploadReceipt> {
  const gzPath = await compress(job.lidarPath, signal);
  const { size } = await stat(gzPath);
  const token = await surveyCloud.token();

  const objectKey = `${job.siteCode}/${job.droneId}/${job.flightId}.laz.gz`;
  const init = requestInit(token, signal, {
    method: 'PUT',
    headers: { 'content-type': 'application/gzip', 'content-length': String(size) },
    body: createReadStream(gzPath) as unknown as BodyInit,
    duplex: 'half',
  } as RequestInit);

  const res = await fetch(`${surveyCloud.base}/objects/${objectKey}`, init);
  if (!res.ok) throw new Error(`upload of ${job.flightId} failed: ${res.status}`);

  await waitUntilProcessed(objectKey, token, signal);
  return { flightId: job.flightId, objectKey, bytes: size };
}

export async function uploadAll(jobs: UploadJob[], signal: AbortSignal): Promise<UploadReceipt[]> {
  const receipts: UploadReceipt[] = [];
  for (const job of jobs) {
    signal.throwIfAborted();
    receipts.push(await uploadFlight(job, signal));
  }
  return receipts;
}
