// expect: no-reused-settled-promise
// getExportStatus() is called once before the loop, so each poll re-reads the same settled "running" snapshot and the CLI spins until its deadline even after the export finished.
import { setTimeout as sleep } from 'node:timers/promises';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

interface ExportStatus {
  id: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  downloadUrl?: string;
  error?: string;
}

declare const analytics: {
  startExport(query: string): Promise<{ id: string }>;
  getExportStatus(id: string): Promise<ExportStatus>;
};

export async function exportToFile(query: string, outFile: string, timeoutMs = 15 * 60_000): Promise<void> {
  const { id } = await analytics.startExport(query);
  console.log(`export ${id} started`);

  const deadline = Date.now() + timeoutMs;
  const status = analytics.getExportStatus(id);
  let interval = 1_000;
  let lastProgress = -1;

  while (Date.now() < deadline) {
    const current = await status;
    if (current.progress !== lastProgress) {
      process.stdout.write(`\r${id}: ${current.state} ${Math.round(current.progress * 100)}%`);
      lastProgress = current.progress;
    }
    if (current.state === 'failed') throw new Error(`export ${id} failed: ${current.error ?? 'unknown'}`);
    if (current.state === 'succeeded' && current.downloadUrl) {
      process.stdout.write('\n');
      const res = await fetch(current.downloadUrl);
      if (!res.ok || !res.body) throw new Error(`download failed: HTTP ${res.status}`);
      await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(outFile));
      console.log(`saved ${outFile}`);
      return;
    }
    await sleep(interval);
    interval = Math.min(interval * 1.5, 15_000);
  }
  throw new Error(`export ${id} did not finish within ${timeoutMs / 1000}s`);
}
