// expect: require-signal-propagation
// downloadScan passes options.signal to pipeline but not to the initial fetch, so aborting while the archive prepares the scan leaves the request running.
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export interface ScanRequest {
  scanId: string;
  dishes: string[];
  band: 'L' | 'S' | 'C' | 'X';
  format: 'fits' | 'ms';
}

export interface DownloadOptions {
  signal?: AbortSignal;
  token: string;
  onProgress?: (bytes: number) => void;
}

export interface DownloadedScan {
  scanId: string;
  path: string;
  bytes: number;
}

declare const archiveConfig: {
  baseUrl: string;
  scratchDir: string;
};

function scanUrl(request: ScanRequest): string {
  const params = new URLSearchParams({ band: request.band, format: request.format });
  for (const dish of request.dishes) params.append('dish', dish);
  return `${archiveConfig.baseUrl}/scans/${encodeURIComponent(request.scanId)}?${params}`;
}

export async function downloadScan(request: ScanRequest, options: DownloadOptions): Promise<DownloadedScan> {
  const path = `${archiveConfig.scratchDir}/${request.scanId}.${request.format}`;
  const response = await fetch(scanUrl(request), {
    headers: { authorization: `Bearer ${options.token}`, accept: 'application/octet-stream' },
  });
  if (!response.ok || !response.body) {
    throw new Error(`archive returned ${response.status} for scan ${request.scanId}`);
  }

  let received = 0;
  const body = Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    received += chunk.length;
    options.onProgress?.(received);
  });

  try {
    await pipeline(body, createWriteStream(path), { signal: options.signal });
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }

  const { size } = await stat(path);
  return { scanId: request.scanId, path, bytes: size };
}

export async function downloadObservingRun(requests: ScanRequest[], options: DownloadOptions): Promise<DownloadedScan[]> {
  const done: DownloadedScan[] = [];
  for (const request of requests) {
    options.signal?.throwIfAborted();
    done.push(await downloadScan(request, options));
  }
  return done;
}

export function totalGigabytes(scans: DownloadedScan[]): number {
  return Math.round((scans.reduce((sum, s) => sum + s.bytes, 0) / 1024 ** 3) * 100) / 100;
}
