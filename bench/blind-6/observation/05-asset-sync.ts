// expect: no-unobserved-promise
// All uploads start at once but are awaited one at a time; if a later upload rejects while an earlier one is still pending, that rejection has no handler yet and is reported as unhandled.
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, relative } from 'node:path';

declare const cdn: {
  putObject(input: { key: string; body: Buffer; contentType: string; cacheControl: string }): Promise<{ etag: string }>;
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export interface SyncReport {
  uploaded: number;
  bytes: number;
  manifest: Record<string, string>;
}

export async function syncAssets(buildDir: string, release: string): Promise<SyncReport> {
  const files = (await listFiles(buildDir)).filter((f) => extname(f) in TYPES);
  const manifest: Record<string, string> = {};
  let bytes = 0;

  const uploads = files.map(async (file) => {
    const body = await readFile(file);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const rel = relative(buildDir, file);
    const key = `static/${release}/${rel.replace(/(\.\w+)$/, `.${hash}$1`)}`;
    await cdn.putObject({ key, body, contentType: TYPES[extname(file)], cacheControl: 'public, max-age=31536000, immutable' });
    return { rel, key, size: body.length };
  });

  for (const upload of uploads) {
    const { rel, key, size } = await upload;
    manifest[rel] = key;
    bytes += size;
  }

  console.log(`synced ${files.length} assets (${(bytes / 1024).toFixed(1)} KiB) for ${release}`);
  return { uploaded: files.length, bytes, manifest };
}
