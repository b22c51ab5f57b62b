// expect: no-unobserved-promise
// installOne starts the tarball download before the content-cache check; on a cache hit it returns early and the download promise is never awaited or caught.
import { createHash } from 'node:crypto';
import { mkdir, writeFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ResolvedPackage {
  name: string;
  version: string;
  tarball: string;
  integrity: string;
}

interface InstallOptions {
  prefix: string;
  force?: boolean;
  signal?: AbortSignal;
}

declare function extractTar(buf: Buffer, dest: string): Promise<string[]>;

const contentCache = new Map<string, string>();

async function downloadTarball(url: string, signal?: AbortSignal): Promise<Buffer> {
  const res = await fetch(url, { signal, headers: { accept: 'application/octet-stream' } });
  if (!res.ok) {
    throw new Error(`GET ${url} -> ${res.status} ${res.statusText}`);
  }
  return Buffer.from(await res.arrayBuffer());
}

function verifyIntegrity(buf: Buffer, integrity: string): void {
  const [algo, expected] = integrity.split('-', 2);
  const actual = createHash(algo).update(buf).digest('base64');
  if (actual !== expected) {
    throw new Error(`integrity mismatch (${algo}): expected ${expected}, got ${actual}`);
  }
}

function packageDir(prefix: string, name: string): string {
  return join(prefix, 'node_modules', ...name.split('/'));
}

export async function installOne(pkg: ResolvedPackage, opts: InstallOptions): Promise<{ from: 'cache' | 'network'; files: number }> {
  const dest = packageDir(opts.prefix, pkg.name);
  const download = downloadTarball(pkg.tarball, opts.signal);

  const cachedDir = contentCache.get(pkg.integrity);
  if (cachedDir && !opts.force) {
    await mkdir(dest, { recursive: true });
    await cp(cachedDir, dest, { recursive: true });
    return { from: 'cache', files: -1 };
  }

  const gz = await download;
  verifyIntegrity(gz, pkg.integrity);

  await mkdir(dest, { recursive: true });
  const files = await extractTar(gunzipSync(gz), dest);
  await writeFile(join(dest, '.install-meta.json'), JSON.stringify({ version: pkg.version, integrity: pkg.integrity }));
  contentCache.set(pkg.integrity, dest);
  return { from: 'network', files: files.length };
}

export async function installAll(pkgs: ResolvedPackage[], opts: InstallOptions): Promise<void> {
  for (const pkg of pkgs) {
    const result = await installOne(pkg, opts);
    process.stdout.write(`${pkg.name}@${pkg.version} (${result.from})\n`);
  }
}
