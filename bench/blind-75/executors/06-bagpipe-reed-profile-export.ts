// expect: none
// Both executors listen for completion and failure: the write stream for 'finish' and 'error', pipeline through its single callback.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

export interface ReedProfile {
  reedId: string;
  cane: 'arundo' | 'synthetic';
  stapleLengthMm: number;
  bladeThicknessMm: number[];
  openingMm: number;
  pitchHz: number;
}

declare const reedWorkshop: {
  profilesShapedSince(since: Date): Promise<ReedProfile[]>;
  exportDirectory: string;
};

function profileToCsv(profile: ReedProfile): string {
  const thickness = profile.bladeThicknessMm.map((t) => t.toFixed(3)).join(';');
  return [
    profile.reedId,
    profile.cane,
    profile.stapleLengthMm.toFixed(1),
    thickness,
    profile.openingMm.toFixed(2),
    profile.pitchHz.toFixed(1),
  ].join(',');
}

export function writeProfilesCsv(profiles: ReedProfile[], path: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(path, { encoding: 'utf8', flags: 'w' });
    let bytes = 0;

    out.once('error', reject);
    out.once('finish', () => resolve(bytes));

    const header = 'reed_id,cane,staple_mm,blade_thickness_mm,opening_mm,pitch_hz\n';
    bytes += Buffer.byteLength(header);
    out.write(header);
    for (const profile of profiles) {
      const line = `${profileToCsv(profile)}\n`;
      bytes += Buffer.byteLength(line);
      out.write(line);
    }
    out.end();
  });
}

export function compressFile(source: string, target: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    pipeline(createReadStream(source), createGzip({ level: 9 }), createWriteStream(target), (err) => {
      if (err) {
        reject(err);
      } else {
        resolve();
      }
    });
  });
}

export interface ExportResult {
  csvPath: string;
  archivePath: string;
  profileCount: number;
  csvBytes: number;
}

export async function exportWeeklyProfiles(now = new Date()): Promise<ExportResult | null> {
  const since = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  const profiles = await reedWorkshop.profilesShapedSince(since);
  if (profiles.length === 0) return null;

  const stamp = now.toISOString().slice(0, 10);
  const csvPath = `${reedWorkshop.exportDirectory}/reeds-${stamp}.csv`;
  const archivePath = `${csvPath}.gz`;

  const sorted = [...profiles].sort((a, b) => a.pitchHz - b.pitchHz || a.reedId.localeCompare(b.reedId));
  const csvBytes = await writeProfilesCsv(sorted, csvPath);
  await compressFile(csvPath, archivePath);

  return { csvPath, archivePath, profileCount: sorted.length, csvBytes };
}
