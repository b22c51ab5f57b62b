// expect: no-unobserved-promise
// All segment uploads are started by map and then awaited one at a time in a loop, so a later upload that rejects while an earlier one is still pending has no handler and surfaces as an unhandled rejection.
import { readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

export interface SegmentMeta {
  file: string;
  vessel: string;
  crossing: string;
  bytes: number;
}

export interface ShoreStore {
  putObject(key: string, body: Buffer, contentType: string): Promise<{ etag: string }>;
}

export interface UploadProgress {
  (done: number, total: number, last: SegmentMeta): void;
}

const SEGMENT_RE = /^(?<vessel>[A-Z]{2}\d{2})_(?<crossing>\d{8}T\d{4})_\d{4}\.tlm$/;

async function listSegments(dir: string): Promise<string[]> {
  const entries = await readdir(dir);
  return entries.filter((f) => SEGMENT_RE.test(f)).sort();
}

async function uploadSegment(store: ShoreStore, dir: string, file: string): Promise<SegmentMeta> {
  const groups = SEGMENT_RE.exec(file)?.groups;
  if (!groups) throw new Error(`not a telemetry segment: ${file}`);
  const body = await readFile(join(dir, file));
  await store.putObject(`foil/${groups.vessel}/${groups.crossing}/${file}`, body, 'application/x-foil-telemetry');
  return { file, vessel: groups.vessel, crossing: groups.crossing, bytes: body.length };
}

export async function flushCrossingLogs(
  store: ShoreStore,
  spoolDir: string,
  sentDir: string,
  onProgress?: UploadProgress,
): Promise<SegmentMeta[]> {
  const files = await listSegments(spoolDir);
  if (files.length === 0) return [];

  const uploads = files.map((file) => uploadSegment(store, spoolDir, file));

  const done: SegmentMeta[] = [];
  for (const upload of uploads) {
    const meta = await upload;
    await rename(join(spoolDir, meta.file), join(sentDir, meta.file));
    done.push(meta);
    onProgress?.(done.length, files.length, meta);
  }
  return done;
}

export function bytesByVessel(segments: SegmentMeta[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const s of segments) {
    totals[s.vessel] = (totals[s.vessel] ?? 0) + s.bytes;
  }
  return totals;
}
