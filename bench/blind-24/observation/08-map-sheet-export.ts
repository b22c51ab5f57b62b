// expect: none
// Render jobs are collected and awaited at once with Promise.all, and the temp-dir cleanup is a deliberate fire-and-forget with .catch.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface MapSheet {
  catalogueNo: string;
  scanPath: string;
  dpi: number;
}

export interface ExportOptions {
  outDir: string;
  maxWidthPx: number;
  onWarning?: (msg: string) => void;
}

async function renderSheet(sheet: MapSheet, workDir: string, maxWidthPx: number): Promise<string> {
  const target = join(workDir, `${sheet.catalogueNo}.jpg`);
  await run('convert', [
    sheet.scanPath,
    '-density', String(sheet.dpi),
    '-resize', `${maxWidthPx}x>`,
    '-quality', '88',
    target,
  ]);
  return target;
}

async function writeSidecar(sheet: MapSheet, workDir: string): Promise<string> {
  const target = join(workDir, `${sheet.catalogueNo}.xmp`);
  await run('exiftool', ['-o', target, '-TagsFromFile', sheet.scanPath, '-xmp:all']);
  return target;
}

export async function exportSheets(sheets: readonly MapSheet[], options: ExportOptions): Promise<string[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'map-export-'));

  try {
    const jobs: Promise<string>[] = [];
    for (const sheet of sheets) {
      jobs.push(renderSheet(sheet, workDir, options.maxWidthPx));
      jobs.push(writeSidecar(sheet, workDir));
    }
    const produced = await Promise.all(jobs);

    const finalPaths: string[] = [];
    for (const file of produced) {
      const dest = join(options.outDir, basename(file));
      await rename(file, dest);
      finalPaths.push(dest);
    }
    return finalPaths;
  } finally {
    // Cleanup can be slow on network mounts; don't hold up the caller for it.
    rm(workDir, { recursive: true, force: true }).catch((err: unknown) => {
      options.onWarning?.(`could not remove ${workDir}: ${String(err)}`);
    });
  }
}
