// expect: no-swallowed-abort
// The catch around the restore pipeline rewraps every error, including the AbortError from a user cancel, into a RestoreError with no cause, so callers can't tell a cancel from a failure.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import { EventEmitter } from 'node:events';

interface ManifestEntry {
  relativePath: string;
  blob: string;
  size: number;
}

interface SnapshotManifest {
  id: string;
  createdAt: string;
  entries: ManifestEntry[];
}

export class RestoreError extends Error {
  constructor(
    message: string,
    readonly snapshotId: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'RestoreError';
  }
}

export interface RestoreOptions {
  repoDir: string;
  targetDir: string;
  signal: AbortSignal;
}

export class SnapshotRestorer extends EventEmitter {
  private bytesDone = 0;

  async restore(snapshotId: string, opts: RestoreOptions): Promise<number> {
    const manifestPath = path.join(opts.repoDir, 'snapshots', `${snapshotId}.json`);
    const manifest = JSON.parse(await readFile(manifestPath, { encoding: 'utf8', signal: opts.signal })) as SnapshotManifest;

    const total = manifest.entries.reduce((n, e) => n + e.size, 0);
    this.bytesDone = 0;
    this.emit('start', { snapshotId, total, files: manifest.entries.length });

    for (const entry of manifest.entries) {
      opts.signal.throwIfAborted();
      const dest = path.join(opts.targetDir, entry.relativePath);
      const blobPath = path.join(opts.repoDir, 'blobs', entry.blob.slice(0, 2), entry.blob);

      try {
        await mkdir(path.dirname(dest), { recursive: true });
        await pipeline(createReadStream(blobPath), createGunzip(), createWriteStream(dest), { signal: opts.signal });
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new RestoreError(`could not restore ${entry.relativePath} from ${snapshotId}: ${reason}`, snapshotId, entry.relativePath);
      }

      this.bytesDone += entry.size;
      this.emit('progress', { file: entry.relativePath, done: this.bytesDone, total });
    }

    this.emit('done', { snapshotId, bytes: this.bytesDone });
    return manifest.entries.length;
  }
}
