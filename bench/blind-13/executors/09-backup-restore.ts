// expect: no-multiple-settle
// No 'error' listener on the destination write stream (EEXIST from flags 'wx', ENOSPC, EACCES), and pipe() does not forward it, so a failed write never rejects: the restore promise never settles (and the unhandled stream error crashes the process).
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import path from 'node:path';

export interface RestoreStats {
  archive: string;
  destination: string;
  compressedBytes: number;
  restoredBytes: number;
  sha256: string;
}

export interface ManifestEntry {
  archive: string;
  relativePath: string;
  sha256: string;
}

class Digester extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
}

function restoreArchive(archive: string, destination: string): Promise<RestoreStats> {
  return new Promise<RestoreStats>((resolve, reject) => {
    const input = createReadStream(archive);
    const gunzip = createGunzip();
    const digest = new Digester();
    // Never clobber a file that is already on disk; restores go to a fresh tree.
    const output = createWriteStream(destination, { flags: 'wx', mode: 0o600 });

    input.on('error', reject);
    gunzip.on('error', (err) => reject(new Error(`corrupt archive ${archive}: ${err.message}`)));

    output.on('finish', () => {
      resolve({
        archive,
        destination,
        compressedBytes: input.bytesRead,
        restoredBytes: digest.bytes,
        sha256: digest.hash.digest('hex'),
      });
    });

    input.pipe(gunzip).pipe(digest).pipe(output);
  });
}

export async function restoreSnapshot(
  snapshotDir: string,
  targetRoot: string,
  manifest: ManifestEntry[],
  log: (line: string) => void = console.log,
): Promise<{ restored: RestoreStats[]; mismatched: string[] }> {
  const restored: RestoreStats[] = [];
  const mismatched: string[] = [];

  for (const entry of manifest) {
    const archive = path.join(snapshotDir, entry.archive);
    const destination = path.join(targetRoot, entry.relativePath);
    if (!destination.startsWith(path.resolve(targetRoot) + path.sep)) {
      throw new Error(`manifest entry escapes the restore root: ${entry.relativePath}`);
    }

    await stat(archive);
    await mkdir(path.dirname(destination), { recursive: true });

    const stats = await restoreArchive(archive, destination);
    if (stats.sha256 !== entry.sha256) {
      mismatched.push(entry.relativePath);
      log(`checksum mismatch for ${entry.relativePath}`);
    } else {
      log(`restored ${entry.relativePath} (${stats.restoredBytes} bytes)`);
    }
    restored.push(stats);
  }

  return { restored, mismatched };
}
