// expect: no-promise-as-value
// `localHash` is the Promise from sha256File (not awaited), so `manifest[rel] === localHash` is never true: the "skip unchanged files" check never skips and every asset is re-uploaded on every deploy.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

declare const bucket: {
  putObject(
    key: string,
    body: NodeJS.ReadableStream,
    opts: { contentType?: string; cacheControl?: string; signal?: AbortSignal },
  ): Promise<{ etag: string; checksumSha256: string }>;
};

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

export async function syncStaticSite(distDir: string, prefix: string): Promise<{ uploaded: number; skipped: number }> {
  const manifestPath = path.join(distDir, '..', '.deploy-manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '{}'));
  const next: Record<string, string> = {};
  let uploaded = 0;
  let skipped = 0;

  for await (const abs of walk(distDir)) {
    const rel = path.relative(distDir, abs).split(path.sep).join('/');
    const localHash = sha256File(abs);

    if (manifest[rel] === localHash) {
      next[rel] = manifest[rel];
      skipped++;
      continue;
    }

    const immutable = /\.[0-9a-f]{8,}\.(js|css|woff2)$/.test(rel);
    const result = await bucket.putObject(`${prefix}/${rel}`, createReadStream(abs), {
      cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
    });
    next[rel] = result.checksumSha256;
    uploaded++;
    console.log(`uploaded ${rel} (${result.etag})`);
  }

  await writeFile(manifestPath, JSON.stringify(next, null, 2));
  console.log(`deploy sync: ${uploaded} uploaded, ${skipped} unchanged`);
  return { uploaded, skipped };
}
