// expect: none
// The catch rethrows the original error untouched when the signal is aborted and only wraps genuine upload failures, keeping the original as cause.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface EntryPhoto {
  teamId: string;
  path: string;
  angle: 'front' | 'left' | 'right' | 'detail';
  takenAt: Date;
}

export interface UploadedPhoto {
  teamId: string;
  angle: EntryPhoto['angle'];
  url: string;
}

export class PhotoUploadError extends Error {
  constructor(
    readonly photo: EntryPhoto,
    cause: unknown,
  ) {
    super(`could not upload ${photo.angle} photo for team ${photo.teamId}`, { cause });
    this.name = 'PhotoUploadError';
  }
}

export async function uploadEntryPhoto(
  photo: EntryPhoto,
  galleryUrl: string,
  signal: AbortSignal,
): Promise<UploadedPhoto> {
  try {
    const body = await readFile(photo.path, { signal });
    const res = await fetch(new URL(`/entries/${photo.teamId}/${photo.angle}`, galleryUrl), {
      method: 'PUT',
      body,
      headers: {
        'content-type': 'image/jpeg',
        'x-file-name': basename(photo.path),
        'x-taken-at': photo.takenAt.toISOString(),
      },
      signal,
    });
    if (!res.ok) throw new Error(`gallery responded ${res.status}`);
    const { url } = (await res.json()) as { url: string };
    return { teamId: photo.teamId, angle: photo.angle, url };
  } catch (err) {
    if (signal.aborted) throw err;
    throw new PhotoUploadError(photo, err);
  }
}

export async function uploadBeforeMelt(
  photos: EntryPhoto[],
  galleryUrl: string,
  signal: AbortSignal,
): Promise<{ uploaded: UploadedPhoto[]; failed: PhotoUploadError[] }> {
  const uploaded: UploadedPhoto[] = [];
  const failed: PhotoUploadError[] = [];
  const ordered = [...photos].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
  for (const photo of ordered) {
    try {
      uploaded.push(await uploadEntryPhoto(photo, galleryUrl, signal));
    } catch (err) {
      if (err instanceof PhotoUploadError) {
        failed.push(err);
        continue;
      }
      throw err;
    }
  }
  return { uploaded, failed };
}
