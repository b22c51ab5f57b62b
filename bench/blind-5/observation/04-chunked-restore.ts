// expect: no-unobserved-promise
// All downloads of a window start at once but are awaited one by one; if a later chunk's download rejects while an earlier chunk is still being awaited or written (or after a hash mismatch throws), that promise has no handler and Node aborts with an unhandled rejection instead of the restore failing cleanly.
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export interface ChunkRef {
  hash: string;
  size: number;
}
export interface BackupManifest {
  file: string;
  size: number;
  chunks: ChunkRef[];
}

declare const chunkStore: {
  get(hash: string, opts?: { signal?: AbortSignal }): Promise<Uint8Array>;
};
declare const progress: { update(done: number, total: number): void };

const WINDOW = 8;

function verify(ref: ChunkRef, data: Uint8Array): void {
  const actual = createHash('sha256').update(data).digest('hex');
  if (actual !== ref.hash || data.byteLength !== ref.size) {
    throw new Error(`chunk ${ref.hash.slice(0, 12)} is corrupt (got ${actual.slice(0, 12)}, ${data.byteLength} bytes)`);
  }
}

export async function restoreFile(manifest: BackupManifest, dest: string, signal?: AbortSignal): Promise<void> {
  const fh = await open(dest, 'w');
  let written = 0;
  try {
    for (let start = 0; start < manifest.chunks.length; start += WINDOW) {
      const window = manifest.chunks.slice(start, start + WINDOW);
      const downloads = window.map((ref) => chunkStore.get(ref.hash, { signal }));

      for (const [j, download] of downloads.entries()) {
        const data = await download;
        verify(window[j], data);
        await fh.write(data);
        written += data.byteLength;
        progress.update(written, manifest.size);
      }
    }
    if (written !== manifest.size) throw new Error(`restored ${written} of ${manifest.size} bytes`);
    await fh.sync();
  } finally {
    await fh.close();
  }
}
