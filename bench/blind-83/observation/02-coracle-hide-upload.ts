// expect: no-unobserved-promise
// All frame uploads are started up front but awaited one by one, and the first bad result throws, leaving the remaining upload promises with no handler.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface FramePhoto {
  frameNo: number;
  file: string;
  stage: 'laths' | 'weave' | 'hide-stretched' | 'tarred';
}

interface UploadResult {
  ok: boolean;
  url?: string;
  reason?: string;
}

declare const buildArchive: {
  putPhoto(buildId: string, name: string, body: Buffer, contentType: string): Promise<UploadResult>;
  markStage(buildId: string, stage: FramePhoto['stage'], urls: string[]): Promise<void>;
};

export class UploadRejectedError extends Error {
  constructor(readonly frameNo: number, reason: string) {
    super(`frame ${frameNo} photo rejected: ${reason}`);
    this.name = 'UploadRejectedError';
  }
}

function contentTypeFor(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.png') return 'image/png';
  if (ext === '.webp') return 'image/webp';
  return 'image/jpeg';
}

async function uploadFrame(buildId: string, photo: FramePhoto): Promise<UploadResult> {
  const body = await readFile(photo.file);
  if (body.length > 12 * 1024 * 1024) {
    return { ok: false, reason: 'larger than 12 MiB' };
  }
  const name = `${buildId}/${photo.stage}/frame-${String(photo.frameNo).padStart(3, '0')}${path.extname(photo.file)}`;
  return buildArchive.putPhoto(buildId, name, body, contentTypeFor(photo.file));
}

export async function archiveStagePhotos(
  buildId: string,
  stage: FramePhoto['stage'],
  photos: FramePhoto[],
): Promise<string[]> {
  const forStage = photos
    .filter((p) => p.stage === stage)
    .sort((a, b) => a.frameNo - b.frameNo);
  if (forStage.length === 0) return [];

  const uploads = forStage.map((photo) => uploadFrame(buildId, photo));

  const urls: string[] = [];
  for (const [i, upload] of uploads.entries()) {
    const result = await upload;
    if (!result.ok || !result.url) {
      throw new UploadRejectedError(forStage[i].frameNo, result.reason ?? 'no url returned');
    }
    urls.push(result.url);
  }

  await buildArchive.markStage(buildId, stage, urls);
  return urls;
}

export function stagesMissing(photos: readonly FramePhoto[]): FramePhoto['stage'][] {
  const all: FramePhoto['stage'][] = ['laths', 'weave', 'hide-stretched', 'tarred'];
  const present = new Set(photos.map((p) => p.stage));
  return all.filter((s) => !present.has(s));
}
