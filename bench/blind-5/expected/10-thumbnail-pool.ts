// expect: none
// Both uncalled references are handed to code that calls them: Array.from invokes lane once per slot to build the promises given to Promise.all, and mapWithConcurrency invokes renderThumbnail for each image.
import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

declare const imageOps: {
  resize(src: string, dest: string, opts: { width: number; format: 'webp' | 'jpeg'; quality: number }): Promise<{ bytes: number }>;
};
declare const log: { info(msg: string, meta?: object): void };

export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export interface Thumbnail {
  src: string;
  dest: string;
  bytes: number;
  cached: boolean;
}

export async function buildGalleryThumbnails(sources: string[], outDir: string, width = 480): Promise<Thumbnail[]> {
  await mkdir(outDir, { recursive: true });

  async function renderThumbnail(src: string): Promise<Thumbnail> {
    const dest = join(outDir, `${basename(src, extname(src))}-${width}.webp`);
    const [srcStat, destStat] = await Promise.all([stat(src), stat(dest).catch(() => null)]);
    if (destStat && destStat.mtimeMs >= srcStat.mtimeMs) {
      return { src, dest, bytes: destStat.size, cached: true };
    }
    const { bytes } = await imageOps.resize(src, dest, { width, format: 'webp', quality: 78 });
    return { src, dest, bytes, cached: false };
  }

  const thumbs = await mapWithConcurrency(sources, 4, renderThumbnail);
  log.info('gallery thumbnails ready', {
    total: thumbs.length,
    rendered: thumbs.filter((t) => !t.cached).length,
  });
  return thumbs;
}
