// expect: no-unobserved-promise
// All resize jobs are started by `map`, then awaited one at a time; if a later job rejects while an earlier one is still pending, that rejection has no handler yet.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

interface Thumbnail { source: string; path: string; bytes: number }

declare function resizeImage(source: string, target: string, width: number): Promise<number>;

export async function makeThumbnails(sources: string[], outDir: string, width = 256): Promise<Thumbnail[]> {
  await mkdir(outDir, { recursive: true });

  const jobs = sources.map(async (source, i) => {
    const path = join(outDir, `thumb-${i}-${width}.webp`);
    const bytes = await resizeImage(source, path, width);
    return { source, path, bytes };
  });

  const done: Thumbnail[] = [];
  for (const job of jobs) {
    done.push(await job);
  }
  return done;
}
