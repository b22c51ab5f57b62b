// expect: no-swallowed-abort
// The mirror-fallback loop catches every error including the AbortError, moves on to the next mirror and finally throws a generic AggregateError, so a cancelled download is retried and reported as "all mirrors failed".
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface QuadratPhoto {
  site: string;
  transect: number;
  quadrat: number;
  fileName: string;
}

export interface DownloadLogger {
  info(message: string): void;
  warn(message: string): void;
}

async function download(url: string, signal: AbortSignal): Promise<Uint8Array> {
  const res = await fetch(url, { signal });
  if (!res.ok) {
    throw new Error(`HTTP ${res.status} from ${new URL(url).host}`);
  }
  return new Uint8Array(await res.arrayBuffer());
}

export async function fetchQuadratPhoto(
  mirrors: string[],
  photo: QuadratPhoto,
  signal: AbortSignal,
  log: DownloadLogger,
): Promise<Uint8Array> {
  const relative = `${photo.site}/T${photo.transect}/Q${String(photo.quadrat).padStart(3, '0')}/${photo.fileName}`;
  const errors: unknown[] = [];

  for (const mirror of mirrors) {
    const url = new URL(relative, mirror).toString();
    try {
      const bytes = await download(url, signal);
      log.info(`fetched ${relative} from ${new URL(mirror).host} (${bytes.byteLength} bytes)`);
      return bytes;
    } catch (err) {
      errors.push(err);
      log.warn(`mirror ${new URL(mirror).host} failed for ${relative}: ${String(err)}`);
    }
  }

  throw new AggregateError(errors, `all ${mirrors.length} mirrors failed for ${relative}`);
}

export async function mirrorSurveyDay(
  mirrors: string[],
  photos: QuadratPhoto[],
  targetDir: string,
  signal: AbortSignal,
  log: DownloadLogger,
): Promise<number> {
  let saved = 0;
  for (const photo of photos) {
    const bytes = await fetchQuadratPhoto(mirrors, photo, signal, log);
    const dest = path.join(targetDir, photo.site, `T${photo.transect}`, photo.fileName);
    await mkdir(path.dirname(dest), { recursive: true });
    await writeFile(dest, bytes, { signal });
    saved += 1;
  }
  return saved;
}
