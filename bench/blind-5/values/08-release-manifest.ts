// expect: none
// Every sha256() and stat() call inside the entry object literal is awaited before the object is built, and the map is resolved with Promise.all, so JSON.stringify sees hex strings and numbers, never Promise objects.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ManifestEntry {
  file: string;
  bytes: number;
  sha256: string;
  platform: string;
}

const ARCHIVE = /-(linux|darwin|win32)-(x64|arm64)\.(tar\.gz|zip)$/;

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function writeReleaseManifest(distDir: string, version: string): Promise<string> {
  const names = (await readdir(distDir)).filter((n) => ARCHIVE.test(n)).sort();
  if (names.length === 0) throw new Error(`no release archives in ${distDir}`);

  const entries: ManifestEntry[] = await Promise.all(
    names.map(async (name) => {
      const full = path.join(distDir, name);
      const [, os, arch] = ARCHIVE.exec(name) ?? [];
      return {
        file: name,
        bytes: (await stat(full)).size,
        sha256: await sha256(full),
        platform: `${os}-${arch}`,
      };
    }),
  );

  const manifest = {
    name: 'fieldnotes-cli',
    version,
    generatedAt: new Date().toISOString(),
    artifacts: entries,
  };
  const out = path.join(distDir, `manifest-${version}.json`);
  await writeFile(out, JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(path.join(distDir, 'SHA256SUMS'), entries.map((e) => `${e.sha256}  ${e.file}`).join('\n') + '\n');
  return out;
}
