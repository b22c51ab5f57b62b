// expect: no-promise-as-value
// sha256File is async but its result is put into the manifest entries without await, so the archive receives promises (serialised as {}) instead of checksums.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type FileKind = 'dpx' | 'wav' | 'xml' | 'other';

declare const archive: {
  submitManifest(reelId: string, body: unknown): Promise<{ ingestId: string }>;
};

function sha256File(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(filePath)
      .on('data', (chunk) => hash.update(chunk))
      .once('error', reject)
      .once('end', () => resolve(hash.digest('hex')));
  });
}

function kindOf(name: string): FileKind {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.dpx') return 'dpx';
  if (ext === '.wav') return 'wav';
  if (ext === '.xml') return 'xml';
  return 'other';
}

export async function buildManifest(reelDir: string) {
  const names = (await readdir(reelDir)).filter((n) => !n.startsWith('.')).sort();
  const entries = [];
  for (const name of names) {
    const full = path.join(reelDir, name);
    const info = await stat(full);
    if (!info.isFile()) continue;
    entries.push({
      file: name,
      bytes: info.size,
      sha256: sha256File(full),
      kind: kindOf(name),
    });
  }
  return entries;
}

export async function submitRestoredReel(reelId: string, reelDir: string): Promise<string> {
  const entries = await buildManifest(reelDir);
  const frames = entries.filter((e) => e.kind === 'dpx').length;
  if (frames === 0) {
    throw new Error(`reel ${reelId}: no DPX frames in ${reelDir}`);
  }

  const { ingestId } = await archive.submitManifest(reelId, {
    reelId,
    frames,
    totalBytes: entries.reduce((n, e) => n + e.bytes, 0),
    generatedAt: new Date().toISOString(),
    files: entries,
  });
  return ingestId;
}
