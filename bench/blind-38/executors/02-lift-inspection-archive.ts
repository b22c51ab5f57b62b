// expect: none
// Each nested callback returns right after rejecting, so every path through archiveInspection settles exactly once.
import { gzip } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs';
import { join } from 'node:path';

export interface TowerCheck {
  tower: number;
  sheaveWearMm: number;
  ropeDiameterMm: number;
  bullwheelTempC: number;
  notes?: string;
}

export interface InspectionReport {
  liftId: string;
  season: string;
  inspector: string;
  inspectedAt: string;
  towers: TowerCheck[];
  ropeTensionKn: number;
}

export interface ArchiveReceipt {
  file: string;
  bytes: number;
  ratio: number;
}

declare const archiveRoot: string;
declare const auditTrail: { record(event: string, detail: Record<string, unknown>): void };

const ROPE_NOMINAL_MM = 52;
const SHEAVE_LIMIT_MM = 3.5;

export function flaggedTowers(report: InspectionReport): number[] {
  return report.towers
    .filter((t) => t.sheaveWearMm > SHEAVE_LIMIT_MM || ROPE_NOMINAL_MM - t.ropeDiameterMm > 2.6)
    .map((t) => t.tower);
}

export function archiveInspection(report: InspectionReport): Promise<ArchiveReceipt> {
  const dir = join(archiveRoot, report.liftId, report.season);
  const payload = Buffer.from(JSON.stringify({ ...report, flagged: flaggedTowers(report) }), 'utf8');

  return new Promise<ArchiveReceipt>((resolve, reject) => {
    mkdir(dir, { recursive: true }, (mkdirErr) => {
      if (mkdirErr) {
        reject(mkdirErr);
        return;
      }
      gzip(payload, { level: 9 }, (zipErr, compressed) => {
        if (zipErr) {
          return reject(zipErr);
        }
        const stamp = report.inspectedAt.slice(0, 10);
        const file = join(dir, `${stamp}-${report.inspector.replace(/\W+/g, '_')}.json.gz`);
        writeFile(file, compressed, { flag: 'wx' }, (writeErr) => {
          if (writeErr) {
            reject(writeErr);
          } else {
            resolve({
              file,
              bytes: compressed.byteLength,
              ratio: Number((compressed.byteLength / payload.byteLength).toFixed(3)),
            });
          }
        });
      });
    });
  });
}

export async function archiveSeason(reports: readonly InspectionReport[]): Promise<ArchiveReceipt[]> {
  const receipts: ArchiveReceipt[] = [];
  for (const report of reports) {
    const receipt = await archiveInspection(report);
    auditTrail.record('inspection.archived', {
      lift: report.liftId,
      file: receipt.file,
      flagged: flaggedTowers(report).length,
    });
    receipts.push(receipt);
  }
  return receipts;
}
