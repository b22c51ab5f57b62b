// expect: none
// Every Promise.allSettled result is inspected: rejected uploads are collected with their reasons, re-queued and reported, so a failed log sync is never mistaken for success.
import { readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

export interface LogUploader {
  upload(boat: string, name: string, body: Buffer): Promise<{ etag: string }>;
}

export interface SyncReport {
  uploaded: Array<{ file: string; etag: string }>;
  failed: Array<{ file: string; reason: string }>;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return String(reason);
}

export async function syncDiveLogs(boat: string, outbox: string, sentDir: string, uploader: LogUploader): Promise<SyncReport> {
  const files = (await readdir(outbox)).filter((f) => f.endsWith('.divelog')).sort();

  const results = await Promise.allSettled(
    files.map(async (file) => {
      const body = await readFile(join(outbox, file));
      const { etag } = await uploader.upload(boat, file, body);
      await rename(join(outbox, file), join(sentDir, file));
      return { file, etag };
    }),
  );

  const report: SyncReport = { uploaded: [], failed: [] };
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      report.uploaded.push(r.value);
    } else {
      // file stays in the outbox and will be retried on the next sync
      report.failed.push({ file: files[i], reason: describeReason(r.reason) });
    }
  });
  return report;
}

export async function syncOrExplain(boat: string, outbox: string, sentDir: string, uploader: LogUploader): Promise<number> {
  const report = await syncDiveLogs(boat, outbox, sentDir, uploader);
  for (const f of report.failed) {
    console.error(`[${boat}] ${f.file} not synced: ${f.reason}`);
  }
  console.log(`[${boat}] ${report.uploaded.length}/${report.uploaded.length + report.failed.length} logs synced`);
  return report.failed.length === 0 ? 0 : 2;
}
