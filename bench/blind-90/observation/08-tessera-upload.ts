// expect: none
// Correct: every Promise.allSettled result is split on `status` before `.value` or `.reason` is read, and failed uploads are reported and retried.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface SurveyPhoto {
  panelId: string;
  file: string;
  lighting: 'raking' | 'uv' | 'diffuse';
}

interface Uploaded {
  photo: SurveyPhoto;
  key: string;
  bytes: number;
}

declare const storage: {
  put(key: string, body: Uint8Array, contentType: string): Promise<{ etag: string }>;
};

async function uploadPhoto(photo: SurveyPhoto): Promise<Uploaded> {
  const body = await readFile(photo.file);
  const key = `mosaics/${photo.panelId}/${photo.lighting}/${path.basename(photo.file)}`;
  await storage.put(key, body, 'image/tiff');
  return { photo, key, bytes: body.byteLength };
}

export interface UploadReport {
  uploaded: Uploaded[];
  failed: { photo: SurveyPhoto; error: string }[];
}

export async function uploadSurvey(photos: SurveyPhoto[], batchSize = 6): Promise<UploadReport> {
  const report: UploadReport = { uploaded: [], failed: [] };
  for (let i = 0; i < photos.length; i += batchSize) {
    const batch = photos.slice(i, i + batchSize);
    const results = await Promise.allSettled(batch.map(uploadPhoto));
    results.forEach((result, j) => {
      if (result.status === 'fulfilled') {
        report.uploaded.push(result.value);
      } else {
        const reason = result.reason;
        report.failed.push({
          photo: batch[j],
          error: reason instanceof Error ? reason.message : String(reason),
        });
      }
    });
  }
  return report;
}

export async function uploadWithOneRetry(photos: SurveyPhoto[]): Promise<UploadReport> {
  const first = await uploadSurvey(photos);
  if (first.failed.length === 0) return first;
  const second = await uploadSurvey(first.failed.map((f) => f.photo));
  return {
    uploaded: [...first.uploaded, ...second.uploaded],
    failed: second.failed,
  };
}

export function summarize(report: UploadReport): string {
  const mb = report.uploaded.reduce((n, u) => n + u.bytes, 0) / 1_048_576;
  const lines = [`${report.uploaded.length} photos uploaded (${mb.toFixed(1)} MB)`];
  for (const f of report.failed) {
    lines.push(`  ✗ ${f.photo.panelId} ${path.basename(f.photo.file)}: ${f.error}`);
  }
  return lines.join('\n');
}
