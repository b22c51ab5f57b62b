// expect: no-leaked-race
// Promise.any settles with the first mirror's verified tarball, but nothing aborts the other mirror downloads, which keep pulling their full tarballs and holding sockets after the install has moved on.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PackageSpec {
  name: string;
  version: string;
  integrity: string;
}

const MIRRORS = ['https://registry.npmjs.org', 'https://registry.npmmirror.com', 'https://npm.internal.example.com'];

declare const progress: { tick(label: string): void; warn(msg: string): void };

class IntegrityError extends Error {
  constructor(
    readonly spec: PackageSpec,
    readonly mirror: string,
  ) {
    super(`${spec.name}@${spec.version}: integrity mismatch from ${mirror}`);
    this.name = 'IntegrityError';
  }
}

function tarballUrl(mirror: string, spec: PackageSpec): string {
  const bare = spec.name.startsWith('@') ? spec.name.split('/')[1] : spec.name;
  return `${mirror}/${spec.name}/-/${bare}-${spec.version}.tgz`;
}

async function download(mirror: string, spec: PackageSpec, signal?: AbortSignal): Promise<Buffer> {
  const res = await fetch(tarballUrl(mirror, spec), { signal });
  if (!res.ok) throw new Error(`${mirror} answered ${res.status} for ${spec.name}`);
  const buf = Buffer.from(await res.arrayBuffer());
  const [algo, expected] = spec.integrity.split('-', 2);
  const actual = createHash(algo).update(buf).digest('base64');
  if (actual !== expected) throw new IntegrityError(spec, mirror);
  return buf;
}

export async function fetchTarball(spec: PackageSpec, cacheDir: string, signal?: AbortSignal): Promise<string> {
  let tarball: Buffer;
  try {
    tarball = await Promise.any(MIRRORS.map((mirror) => download(mirror, spec, signal)));
  } catch (err) {
    signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      for (const e of err.errors) progress.warn(String(e));
      throw new Error(`could not fetch ${spec.name}@${spec.version} from any mirror`, { cause: err });
    }
    throw err;
  }
  const dir = join(cacheDir, spec.name);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${spec.version}.tgz`);
  await writeFile(file, tarball, { signal });
  progress.tick(`${spec.name}@${spec.version}`);
  return file;
}
