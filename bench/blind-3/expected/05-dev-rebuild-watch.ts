// expect: none
// The fs.watch listener is synchronous; the debounced rebuild promise it starts always has a .catch that reports the failure, so no rejection escapes.
import { watch, type FSWatcher } from 'node:fs';
import { extname, join } from 'node:path';

declare function compileModule(file: string): Promise<{ outFile: string; warnings: string[] }>;
declare function notifyBrowsers(message: { type: 'reload' | 'error'; file: string; detail?: string }): void;

const WATCHED_EXTENSIONS = new Set(['.ts', '.tsx', '.css', '.mdx']);

export function startDevWatcher(srcDir: string, debounceMs = 75): () => void {
  const pending = new Map<string, NodeJS.Timeout>();

  const rebuild = async (file: string) => {
    const started = performance.now();
    const { outFile, warnings } = await compileModule(file);
    for (const w of warnings) console.warn(`[dev] ${file}: ${w}`);
    console.log(`[dev] rebuilt ${outFile} in ${(performance.now() - started).toFixed(0)}ms`);
    notifyBrowsers({ type: 'reload', file });
  };

  const watcher: FSWatcher = watch(srcDir, { recursive: true }, (_event, filename) => {
    if (!filename || !WATCHED_EXTENSIONS.has(extname(filename))) return;
    const file = join(srcDir, filename);

    clearTimeout(pending.get(file));
    pending.set(
      file,
      setTimeout(() => {
        pending.delete(file);
        rebuild(file).catch((err: unknown) => {
          const detail = err instanceof Error ? err.message : String(err);
          console.error(`[dev] build failed for ${file}: ${detail}`);
          notifyBrowsers({ type: 'error', file, detail });
        });
      }, debounceMs),
    );
  });

  watcher.on('error', (err) => console.error('[dev] watcher error', err));

  return () => {
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
    watcher.close();
  };
}
