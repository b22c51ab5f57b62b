// expect: no-unobserved-promise
// archiveUpload is started before validation; when the lamp check throws, that promise is abandoned and its rejection goes unhandled.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface LampInspection {
  stationId: string;
  keeper: string;
  lampHours: number;
  bulbReplaced: boolean;
  lensCleaned: boolean;
  rotationPeriodSec: number;
  photoPaths: string[];
  inspectedAt: Date;
}

export interface ArchiveClient {
  upload(key: string, body: Uint8Array, contentType: string): Promise<{ etag: string }>;
}

export interface ReportRepo {
  save(report: LampInspection & { photoEtags: string[] }): Promise<string>;
}

export class InspectionRejected extends Error {
  constructor(
    readonly stationId: string,
    readonly reasons: string[],
  ) {
    super(`inspection for ${stationId} rejected: ${reasons.join('; ')}`);
    this.name = 'InspectionRejected';
  }
}

const MAX_LAMP_HOURS = 8_000;
const CHARACTERISTIC_TOLERANCE_SEC = 0.5;

async function uploadPhotos(archive: ArchiveClient, inspection: LampInspection): Promise<string[]> {
  const day = inspection.inspectedAt.toISOString().slice(0, 10);
  const etags: string[] = [];
  for (const path of inspection.photoPaths) {
    const body = await readFile(path);
    const key = `lamp-inspections/${inspection.stationId}/${day}/${basename(path)}`;
    const { etag } = await archive.upload(key, body, 'image/jpeg');
    etags.push(etag);
  }
  return etags;
}

export async function fileLampInspection(
  inspection: LampInspection,
  expectedPeriodSec: number,
  archive: ArchiveClient,
  repo: ReportRepo,
): Promise<string> {
  // Photos can be large over the station's satellite link, so get them moving first.
  const archiveUpload = uploadPhotos(archive, inspection);

  const reasons: string[] = [];
  if (inspection.lampHours > MAX_LAMP_HOURS && !inspection.bulbReplaced) {
    reasons.push(`lamp at ${inspection.lampHours}h without bulb replacement`);
  }
  if (Math.abs(inspection.rotationPeriodSec - expectedPeriodSec) > CHARACTERISTIC_TOLERANCE_SEC) {
    reasons.push(`rotation period ${inspection.rotationPeriodSec}s does not match charted ${expectedPeriodSec}s`);
  }
  if (!inspection.lensCleaned) {
    reasons.push('lens not cleaned');
  }
  if (reasons.length > 0) {
    throw new InspectionRejected(inspection.stationId, reasons);
  }

  const photoEtags = await archiveUpload;
  return repo.save({ ...inspection, photoEtags });
}
