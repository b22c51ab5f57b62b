// expect: no-swallowed-abort
// uploadDamagePhotos catches AbortError per photo and continues the loop, so a cancelled check-in still runs to completion and marks the buggy inspected.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface DamagePhoto {
  path: string;
  panel: 'front' | 'rear' | 'left' | 'right' | 'underside' | 'roll-cage';
  takenAt: number;
}

export interface PhotoUploadSummary {
  uploaded: string[];
  failed: Array<{ file: string; reason: string }>;
  skipped: number;
}

declare const evidenceStore: {
  put(key: string, body: Uint8Array, init: { signal?: AbortSignal; contentType: string }): Promise<{ etag: string }>;
};

declare const rentalsDesk: {
  markInspected(rentalId: string, summary: PhotoUploadSummary): Promise<void>;
};

declare const deskLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const REQUIRED_PANELS: DamagePhoto['panel'][] = ['front', 'rear', 'left', 'right'];

function missingPanels(photos: DamagePhoto[]): DamagePhoto['panel'][] {
  const seen = new Set(photos.map((p) => p.panel));
  return REQUIRED_PANELS.filter((panel) => !seen.has(panel));
}

export async function uploadDamagePhotos(
  rentalId: string,
  photos: DamagePhoto[],
  signal?: AbortSignal,
): Promise<PhotoUploadSummary> {
  const summary: PhotoUploadSummary = { uploaded: [], failed: [], skipped: 0 };

  for (const photo of photos) {
    const file = basename(photo.path);
    try {
      const body = await readFile(photo.path, { signal });
      if (body.byteLength < 10_000) {
        // Thumbnails from the old tablet app; not usable as evidence.
        summary.skipped++;
        continue;
      }
      const key = `returns/${rentalId}/${photo.panel}/${photo.takenAt}-${file}`;
      await evidenceStore.put(key, body, { signal, contentType: 'image/jpeg' });
      summary.uploaded.push(key);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        deskLog.info('photo upload cancelled', { rentalId, file });
        continue;
      }
      summary.failed.push({ file, reason: err instanceof Error ? err.message : String(err) });
    }
  }

  return summary;
}

export async function completeReturnInspection(
  rentalId: string,
  photos: DamagePhoto[],
  signal?: AbortSignal,
): Promise<PhotoUploadSummary> {
  const missing = missingPanels(photos);
  if (missing.length > 0) {
    throw new Error(`Return ${rentalId} is missing photos of: ${missing.join(', ')}`);
  }

  const summary = await uploadDamagePhotos(rentalId, photos, signal);
  if (summary.failed.length > 0) {
    throw new Error(`${summary.failed.length} damage photos failed to upload for ${rentalId}`);
  }

  await rentalsDesk.markInspected(rentalId, summary);
  return summary;
}
