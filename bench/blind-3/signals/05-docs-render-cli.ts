// expect: no-leaked-race
// When the worker answers first, the 30 s deadline timer is never cleared, so the CLI cannot exit until it fires; when the deadline wins, the worker keeps rendering with its listener still attached.
import { Worker } from 'node:worker_threads';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';

interface RenderResult {
  html: string;
  headings: string[];
  warnings: string[];
}

const RENDER_DEADLINE_MS = 30_000;

function renderInWorker(worker: Worker, markdown: string, file: string): Promise<RenderResult> {
  const rendered = new Promise<RenderResult>((resolve, reject) => {
    worker.once('message', (msg: RenderResult | { error: string }) => {
      if ('error' in msg) reject(new Error(`${file}: ${msg.error}`));
      else resolve(msg);
    });
    worker.once('error', reject);
  });
  worker.postMessage({ file, markdown });

  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${file}: render took longer than ${RENDER_DEADLINE_MS}ms`)), RENDER_DEADLINE_MS);
  });

  return Promise.race([rendered, deadline]);
}

export async function main(argv: string[]): Promise<number> {
  const [input, output] = argv;
  if (!input || !output) {
    console.error('usage: render-docs <input.md> <output.html>');
    return 2;
  }

  const worker = new Worker(resolvePath(__dirname, 'markdown-worker.js'));
  worker.unref();
  try {
    const markdown = await readFile(input, 'utf8');
    const result = await renderInWorker(worker, markdown, input);
    for (const warning of result.warnings) {
      console.warn(`warning: ${warning}`);
    }
    await writeFile(output, result.html, 'utf8');
    console.log(`wrote ${output} (${result.headings.length} sections)`);
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error('render-docs crashed:', err);
    process.exitCode = 1;
  },
);
