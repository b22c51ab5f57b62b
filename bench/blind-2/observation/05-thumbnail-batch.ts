// expect: none
// A fixed pool of workers pulls items and awaits each render before taking the next, and the worker promises are consumed together by Promise.all, so no promise ever exists without a handler attached.
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

interface RenderResult {
  path: string;
  bytes: number;
}
declare const imaging: {
  resize(input: string, output: string, opts: { width: number; format: 'webp' | 'avif'; quality: number }): Promise<RenderResult>;
};

export interface BatchSummary {
  rendered: RenderResult[];
  failed: { input: string; reason: string }[];
}

export async function renderThumbnails(inputs: string[], outDir: string, concurrency = 4): Promise<BatchSummary> {
  await mkdir(outDir, { recursive: true });
  const summary: BatchSummary = { rendered: [], failed: [] };
  let next = 0;

  const worker = async (slot: number): Promise<void> => {
    while (next < inputs.length) {
      const input = inputs[next++];
      const output = join(outDir, `${basename(input, extname(input))}-320.webp`);
      try {
        const result = await imaging.resize(input, output, { width: 320, format: 'webp', quality: 78 });
        summary.rendered.push(result);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        console.warn(`[thumbs:${slot}] ${input}: ${reason}`);
        summary.failed.push({ input, reason });
      }
    }
  };

  const workers: Promise<void>[] = [];
  for (let slot = 0; slot < Math.min(concurrency, inputs.length); slot++) {
    workers.push(worker(slot));
  }
  await Promise.all(workers);

  summary.rendered.sort((a, b) => a.path.localeCompare(b.path));
  console.log(`[thumbs] ${summary.rendered.length} rendered, ${summary.failed.length} failed`);
  return summary;
}
