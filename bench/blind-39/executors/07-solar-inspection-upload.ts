// expect: no-multiple-settle
// The executor is async: if the upload token request rejects, the exception is lost inside the executor and the returned promise never settles.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface InspectionPhoto {
  panelId: string;
  path: string;
  takenAt: Date;
  kind: 'thermal' | 'visual';
}

export interface InspectionReport {
  siteId: string;
  inspector: string;
  roofPitchDeg: number;
  faults: Array<{ panelId: string; code: 'hotspot' | 'crack' | 'soiling' | 'delamination'; severity: 1 | 2 | 3 }>;
  photos: InspectionPhoto[];
}

declare const uploadAuth: {
  tokenFor(siteId: string, scope: 'photos' | 'reports'): Promise<string>;
};

declare const objectStore: {
  put(
    key: string,
    body: Buffer,
    opts: { token: string; contentType: string; checksum: string },
    cb: (err: Error | null, etag?: string) => void,
  ): void;
};

declare const portal: {
  submitReport(siteId: string, report: Omit<InspectionReport, 'photos'> & { photoKeys: string[] }): Promise<{ reportId: string }>;
};

function photoKey(siteId: string, photo: InspectionPhoto): string {
  const stamp = photo.takenAt.toISOString().replace(/[:.]/g, '-');
  return `inspections/${siteId}/${photo.panelId}/${photo.kind}-${stamp}.jpg`;
}

function putPhoto(siteId: string, key: string, body: Buffer): Promise<string> {
  return new Promise(async (resolve, reject) => {
    const token = await uploadAuth.tokenFor(siteId, 'photos');
    const checksum = createHash('sha256').update(body).digest('base64');
    objectStore.put(key, body, { token, contentType: 'image/jpeg', checksum }, (err, etag) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(etag ?? checksum);
    });
  });
}

function worstSeverity(report: InspectionReport): number {
  return report.faults.reduce((max, f) => Math.max(max, f.severity), 0);
}

export async function uploadInspection(report: InspectionReport): Promise<{ reportId: string; photoKeys: string[] }> {
  const faultyPanels = new Set(report.faults.map((f) => f.panelId));
  const photos = report.photos.filter((p) => p.kind === 'thermal' || faultyPanels.has(p.panelId));

  const photoKeys: string[] = [];
  for (const photo of photos) {
    const key = photoKey(report.siteId, photo);
    const body = await readFile(photo.path);
    await putPhoto(report.siteId, key, body);
    photoKeys.push(key);
  }

  const { photos: _omit, ...rest } = report;
  const { reportId } = await portal.submitReport(report.siteId, { ...rest, photoKeys });
  return { reportId, photoKeys };
}

export function needsFollowUp(report: InspectionReport): boolean {
  if (report.roofPitchDeg > 40) return true;
  if (worstSeverity(report) >= 3) return true;
  const hotspots = report.faults.filter((f) => f.code === 'hotspot').length;
  return hotspots > 2;
}
