// expect: no-swallowed-abort
// uploadScan wraps every failure, including an AbortError from the caller's signal, in a plain Error with a new message, so callers can no longer recognise the cancellation by its name.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

export interface ScanMeta {
  plotId: string;
  sculptorId: string;
  capturedAt: string;
  pointCount: number;
}

export interface UploadResult {
  plotId: string;
  objectKey: string;
  bytes: number;
}

export interface ScanUploadOptions {
  signal?: AbortSignal;
  maxBytes?: number;
}

export class ScanUploader {
  constructor(
    private readonly archiveUrl: string,
    private readonly apiKey: string,
  ) {}

  private async presign(meta: ScanMeta, fileName: string, signal?: AbortSignal): Promise<string> {
    const res = await fetch(`${this.archiveUrl}/presign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
      body: JSON.stringify({ ...meta, fileName }),
      signal,
    });
    if (!res.ok) throw new Error(`presign rejected with ${res.status}`);
    const { url } = (await res.json()) as { url: string };
    return url;
  }

  async uploadScan(path: string, meta: ScanMeta, options: ScanUploadOptions = {}): Promise<UploadResult> {
    const { signal, maxBytes = 250 * 1024 * 1024 } = options;
    try {
      const info = await stat(path);
      if (info.size > maxBytes) {
        throw new RangeError(`scan ${basename(path)} is ${info.size} bytes, limit ${maxBytes}`);
      }
      const body = await readFile(path, { signal });
      const target = await this.presign(meta, basename(path), signal);
      const put = await fetch(target, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body,
        signal,
      });
      if (!put.ok) throw new Error(`object store returned ${put.status}`);
      return { plotId: meta.plotId, objectKey: new URL(target).pathname.slice(1), bytes: info.size };
    } catch (err) {
      throw new Error(`Could not upload scan for plot ${meta.plotId}: ${(err as Error).message}`, { cause: err });
    }
  }

  async uploadAll(scans: Array<{ path: string; meta: ScanMeta }>, signal?: AbortSignal): Promise<UploadResult[]> {
    const results: UploadResult[] = [];
    for (const scan of scans) {
      results.push(await this.uploadScan(scan.path, scan.meta, { signal }));
    }
    return results;
  }
}
