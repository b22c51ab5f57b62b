// expect: no-unchecked-settled-results
// restoreSnapshot uses allSettled but only reads fulfilled entries; rejected chunk restores are dropped and the restore is marked complete.
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

interface ChunkRef {
  id: string;
  relativePath: string;
  size: number;
  sha256: string;
}

interface SnapshotManifest {
  snapshotId: string;
  createdAt: string;
  chunks: ChunkRef[];
}

declare const vault: {
  getManifest(snapshotId: string): Promise<SnapshotManifest>;
  openChunk(id: string): Promise<Readable>;
};

declare const restoreLog: {
  record(entry: { snapshotId: string; target: string; restoredFiles: number; status: 'complete' }): Promise<void>;
};

async function restoreChunk(chunk: ChunkRef, stagingDir: string): Promise<string> {
  const dest = join(stagingDir, chunk.relativePath);
  await mkdir(join(dest, '..'), { recursive: true });
  const source = await vault.openChunk(chunk.id);
  await pipeline(source, createGunzip(), createWriteStream(dest));
  return chunk.relativePath;
}

function inBatches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export async function restoreSnapshot(snapshotId: string, targetDir: string, opts: { concurrency?: number } = {}): Promise<string[]> {
  const manifest = await vault.getManifest(snapshotId);
  const stagingDir = `${targetDir}.restore-${Date.now()}`;
  await mkdir(stagingDir, { recursive: true });

  const restored: string[] = [];
  for (const batch of inBatches(manifest.chunks, opts.concurrency ?? 8)) {
    const results = await Promise.allSettled(batch.map((c) => restoreChunk(c, stagingDir)));
    for (const r of results) {
      if (r.status === 'fulfilled') {
        restored.push(r.value);
      }
    }
  }

  await rename(stagingDir, targetDir);
  await restoreLog.record({
    snapshotId,
    target: targetDir,
    restoredFiles: restored.length,
    status: 'complete',
  });
  return restored;
}
