// expect: none
// The worker promises are all collected and handed to Promise.all in the same tick, so every upload rejection is observed.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface ScanFile {
  coreId: string;
  sectionNo: number;
  path: string;
}

export interface UploadResult {
  coreId: string;
  sectionNo: number;
  objectKey: string;
  bytes: number;
}

declare const objectStore: {
  put(key: string, body: Buffer, contentType: string): Promise<{ etag: string }>;
};

declare const coreDb: {
  recordUpload(result: UploadResult): Promise<void>;
  markCoreComplete(coreId: string, sections: number): Promise<void>;
};

function objectKey(file: ScanFile): string {
  return `cores/${file.coreId}/${String(file.sectionNo).padStart(4, '0')}-${basename(file.path)}`;
}

async function uploadOne(file: ScanFile): Promise<UploadResult> {
  const body = await readFile(file.path);
  const key = objectKey(file);
  await objectStore.put(key, body, file.path.endsWith('.tif') ? 'image/tiff' : 'application/octet-stream');
  const result = { coreId: file.coreId, sectionNo: file.sectionNo, objectKey: key, bytes: body.length };
  await coreDb.recordUpload(result);
  return result;
}

export async function uploadScans(files: ScanFile[], concurrency = 4): Promise<UploadResult[]> {
  const queue = [...files].sort((a, b) => a.coreId.localeCompare(b.coreId) || a.sectionNo - b.sectionNo);
  const results: UploadResult[] = [];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      results.push(await uploadOne(file));
    }
  });
  await Promise.all(workers);

  const perCore = new Map<string, number>();
  for (const r of results) perCore.set(r.coreId, (perCore.get(r.coreId) ?? 0) + 1);
  for (const [coreId, sections] of perCore) {
    await coreDb.markCoreComplete(coreId, sections);
  }
  return results.sort((a, b) => a.coreId.localeCompare(b.coreId) || a.sectionNo - b.sectionNo);
}

export function missingSections(files: ScanFile[], expected: Record<string, number>): Map<string, number[]> {
  const missing = new Map<string, number[]>();
  for (const [coreId, count] of Object.entries(expected)) {
    const have = new Set(files.filter((f) => f.coreId === coreId).map((f) => f.sectionNo));
    const gaps: number[] = [];
    for (let n = 1; n <= count; n++) if (!have.has(n)) gaps.push(n);
    if (gaps.length) missing.set(coreId, gaps);
  }
  return missing;
}
