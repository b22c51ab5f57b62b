// expect: none
// downloadLabels() forwards opts.signal to every cancellable step (fetch, the rate-limit sleep and the stream pipeline), so aborting a label run stops the current download and the pause between jars immediately.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface JarLabel {
  lot: string;
  varietal: string;
  netGrams: number;
  harvest: string;
}

export interface DownloadOptions {
  outDir: string;
  signal?: AbortSignal;
  pauseMs?: number;
  onProgress?: (done: number, total: number) => void;
}

function labelUrl(base: string, label: JarLabel): string {
  const qs = new URLSearchParams({
    varietal: label.varietal,
    net: `${label.netGrams}g`,
    harvest: label.harvest,
  });
  return `${base}/labels/${encodeURIComponent(label.lot)}.pdf?${qs}`;
}

export async function downloadLabels(base: string, labels: JarLabel[], opts: DownloadOptions): Promise<string[]> {
  const { outDir, signal, pauseMs = 250, onProgress } = opts;
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];

  for (const [i, label] of labels.entries()) {
    signal?.throwIfAborted();
    const res = await fetch(labelUrl(base, label), { signal });
    if (!res.ok || !res.body) {
      throw new Error(`label for lot ${label.lot} failed: HTTP ${res.status}`);
    }

    const file = join(outDir, `${label.lot}.pdf`);
    await pipeline(Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>), createWriteStream(file), { signal });
    written.push(file);
    onProgress?.(i + 1, labels.length);

    if (i < labels.length - 1) {
      await sleep(pauseMs, undefined, { signal });
    }
  }

  return written;
}

export async function printRun(base: string, labels: JarLabel[], outDir: string, budgetMs: number): Promise<number> {
  const files = await downloadLabels(base, labels, {
    outDir,
    signal: AbortSignal.timeout(budgetMs),
    onProgress: (done, total) => process.stdout.write(`\rlabels ${done}/${total}`),
  });
  process.stdout.write('\n');
  return files.length;
}
