// expect: no-multiple-settle
// Bug: .pipe() does not forward errors, so a read error on the layout file or a gzip error never reaches the executor, which only listens to the output stream.
import { createReadStream, createWriteStream } from 'node:fs';
import { stat, mkdir } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import { join, basename } from 'node:path';

interface LayoutSnapshot {
  clubId: string;
  layoutName: string;
  scale: 'N' | 'HO' | 'OO' | 'O' | 'G';
  sourcePath: string;
}

interface ArchiveEntry {
  layoutName: string;
  archivePath: string;
  originalBytes: number;
  archivedAt: string;
}

declare const clubRegistry: {
  snapshotsDue(clubId: string): Promise<LayoutSnapshot[]>;
  markArchived(clubId: string, entry: ArchiveEntry): Promise<void>;
};

function timestamp(d = new Date()): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

function gzipFile(source: string, target: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const input = createReadStream(source);
    const gzip = createGzip({ level: 9 });
    const output = createWriteStream(target, { flags: 'wx' });

    output.once('finish', () => resolve());
    output.once('error', (err) => reject(err));

    input.pipe(gzip).pipe(output);
  });
}

export async function archiveClubLayouts(
  clubId: string,
  archiveRoot: string,
): Promise<ArchiveEntry[]> {
  const due = await clubRegistry.snapshotsDue(clubId);
  if (due.length === 0) return [];

  const clubDir = join(archiveRoot, clubId);
  await mkdir(clubDir, { recursive: true });

  const archived: ArchiveEntry[] = [];
  for (const snapshot of due) {
    const info = await stat(snapshot.sourcePath);
    if (!info.isFile()) continue;

    const archivePath = join(
      clubDir,
      `${snapshot.scale}-${basename(snapshot.sourcePath)}.${timestamp()}.gz`,
    );
    await gzipFile(snapshot.sourcePath, archivePath);

    const entry: ArchiveEntry = {
      layoutName: snapshot.layoutName,
      archivePath,
      originalBytes: info.size,
      archivedAt: new Date().toISOString(),
    };
    await clubRegistry.markArchived(clubId, entry);
    archived.push(entry);
  }
  return archived;
}

export function summarise(entries: readonly ArchiveEntry[]): string {
  const totalMb = entries.reduce((sum, e) => sum + e.originalBytes, 0) / 1_048_576;
  return `${entries.length} layouts archived (${totalMb.toFixed(1)} MB before compression)`;
}
