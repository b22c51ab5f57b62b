// expect: none
// The job's signal is handed to the download fetch, the stream pipeline writing it to disk and the converter child process, so cancelling a scan import stops whichever step is running.
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

const execFileAsync = promisify(execFile);

export interface BookScanJob {
  organModel: string;
  bookId: string;
  scanUrl: string;
  workDir: string;
  signal: AbortSignal;
}

export interface PunchedNote {
  track: number;
  startMm: number;
  lengthMm: number;
}

export interface ImportedBook {
  bookId: string;
  organModel: string;
  notes: PunchedNote[];
  tracksUsed: number;
}

export async function downloadScan(url: string, dest: string, signal: AbortSignal): Promise<void> {
  const res = await fetch(url, { signal });
  if (!res.ok || !res.body) {
    throw new Error(`Scan download failed with ${res.status}`);
  }
  await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(dest), { signal });
}

export async function importBook(job: BookScanJob): Promise<ImportedBook> {
  const { organModel, bookId, scanUrl, workDir, signal } = job;
  await mkdir(workDir, { recursive: true });

  const scanPath = join(workDir, `${bookId}.tiff`);
  const holesPath = join(workDir, `${bookId}.holes.json`);

  await downloadScan(scanUrl, scanPath, signal);
  await execFileAsync('holetrace', ['--organ', organModel, '--in', scanPath, '--out', holesPath], {
    signal,
    timeout: 5 * 60_000,
  });

  const notes = JSON.parse(await readFile(holesPath, { encoding: 'utf8', signal })) as PunchedNote[];
  notes.sort((a, b) => a.startMm - b.startMm || a.track - b.track);
  return {
    bookId,
    organModel,
    notes,
    tracksUsed: new Set(notes.map((n) => n.track)).size,
  };
}

export function playingTimeSeconds(book: ImportedBook, feedMmPerSecond: number): number {
  const end = book.notes.reduce((max, n) => Math.max(max, n.startMm + n.lengthMm), 0);
  return end / feedMmPerSecond;
}

export function overlappingNotes(book: ImportedBook): PunchedNote[] {
  const lastEndByTrack = new Map<number, number>();
  const overlaps: PunchedNote[] = [];
  for (const note of book.notes) {
    const lastEnd = lastEndByTrack.get(note.track) ?? -Infinity;
    if (note.startMm < lastEnd) overlaps.push(note);
    lastEndByTrack.set(note.track, Math.max(lastEnd, note.startMm + note.lengthMm));
  }
  return overlaps;
}
