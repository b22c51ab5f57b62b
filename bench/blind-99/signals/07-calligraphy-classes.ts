// expect: no-swallowed-abort
// The catch wraps every failure, including the AbortError from a cancelled download, in a generic 'download failed' Error, so callers treat a user's cancel as a real failure and show an error and retry prompt.
import { createWriteStream } from 'node:fs';
import { rm, mkdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { join } from 'node:path';

export interface PracticeSheet {
  id: string;
  script: 'foundational' | 'italic' | 'uncial' | 'copperplate';
  pages: number;
  url: string;
}

export class SheetDownloadError extends Error {
  constructor(readonly sheetId: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SheetDownloadError';
  }
}

export async function downloadSheet(sheet: PracticeSheet, dir: string, signal: AbortSignal): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, `${sheet.script}-${sheet.id}.pdf`);
  try {
    const res = await fetch(sheet.url, { signal });
    if (!res.ok || !res.body) {
      throw new SheetDownloadError(sheet.id, `server answered ${res.status}`);
    }
    await pipeline(Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>), createWriteStream(target), { signal });
    return target;
  } catch (err) {
    await rm(target, { force: true });
    if (err instanceof SheetDownloadError) throw err;
    throw new SheetDownloadError(sheet.id, `download failed: ${(err as Error).message}`, { cause: err });
  }
}

export interface DownloadProgress {
  done: number;
  total: number;
  current?: string;
}

export async function downloadCourse(
  sheets: PracticeSheet[],
  dir: string,
  signal: AbortSignal,
  onProgress: (p: DownloadProgress) => void,
): Promise<string[]> {
  const files: string[] = [];
  const ordered = [...sheets].sort((a, b) => a.pages - b.pages);
  for (const sheet of ordered) {
    onProgress({ done: files.length, total: ordered.length, current: sheet.id });
    files.push(await downloadSheet(sheet, dir, signal));
  }
  onProgress({ done: files.length, total: ordered.length });
  return files;
}
