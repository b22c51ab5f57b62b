// expect: none
// Each thumbnail promise is created and awaited in the same loop iteration, so there is never a pending promise without a handler; the work is sequential on purpose to bound memory.
import { mkdir, readdir } from 'node:fs/promises';
import { extname, join, parse } from 'node:path';

declare function resizeImage(
  input: string,
  output: string,
  opts: { width: number; height: number; fit: 'cover' | 'inside'; quality: number },
): Promise<{ bytes: number; width: number; height: number }>;

export interface ThumbnailReport {
  generated: number;
  failed: { file: string; reason: string }[];
  totalBytes: number;
}

const IMAGE_EXTS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.heic']);

export async function buildGalleryThumbnails(albumDir: string, size = 320): Promise<ThumbnailReport> {
  const outDir = join(albumDir, '.thumbs');
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(albumDir)).filter((f) => IMAGE_EXTS.has(extname(f).toLowerCase())).sort();

  const report: ThumbnailReport = { generated: 0, failed: [], totalBytes: 0 };
  for (const file of files) {
    const output = join(outDir, `${parse(file).name}-${size}.webp`);
    const pending = resizeImage(join(albumDir, file), output, {
      width: size,
      height: size,
      fit: 'cover',
      quality: 78,
    });
    try {
      const result = await pending;
      report.generated++;
      report.totalBytes += result.bytes;
    } catch (err) {
      report.failed.push({ file, reason: err instanceof Error ? err.message : String(err) });
    }
  }

  if (report.failed.length > 0) {
    console.warn(`thumbnails: ${report.failed.length}/${files.length} failed in ${albumDir}`);
  }
  return report;
}
