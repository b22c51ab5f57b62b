// expect: none
// processImage is passed as a callback to map(), which calls it for every entry, so Promise.all receives real promises; only plain functions are handed to APIs that want functions.
import { readdir, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { cpus } from 'node:os';

declare const sharp: (input: string) => {
  resize(width: number): { webp(opts: { quality: number }): { toFile(out: string): Promise<{ size: number }> } };
};

interface BatchReport {
  converted: number;
  bytesWritten: number;
  failures: Array<{ file: string; error: string }>;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function convertDirectory(srcDir: string, outDir: string, width = 1280): Promise<BatchReport> {
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(srcDir)).filter((f) => /\.(jpe?g|png)$/i.test(f));
  const report: BatchReport = { converted: 0, bytesWritten: 0, failures: [] };

  const processImage = async (file: string): Promise<void> => {
    const target = path.join(outDir, file.replace(/\.\w+$/, '.webp'));
    try {
      const { size } = await sharp(path.join(srcDir, file)).resize(width).webp({ quality: 78 }).toFile(target);
      report.converted++;
      report.bytesWritten += size;
    } catch (err) {
      report.failures.push({ file, error: err instanceof Error ? err.message : String(err) });
    }
  };

  for (const batch of chunk(files, Math.max(2, cpus().length))) {
    await Promise.all(batch.map(processImage));
  }

  const sortByName = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
  report.failures.sort(sortByName);
  console.log(`converted ${report.converted}/${files.length} images (${report.bytesWritten} bytes)`);
  return report;
}
