// expect: none
// The same manifest promise is awaited by several dependents on purpose: it is a memoised fetch and failed entries are evicted so the next call refetches.
import { createHash } from 'node:crypto';

export interface PackageManifest {
  name: string;
  versions: Record<string, { dependencies?: Record<string, string>; tarball: string; integrity: string }>;
  'dist-tags': Record<string, string>;
}

export interface ResolvedPackage {
  name: string;
  version: string;
  tarball: string;
  integrity: string;
}

declare function maxSatisfying(versions: string[], range: string): string | null;

export class ManifestCache {
  private readonly inflight = new Map<string, Promise<PackageManifest>>();

  constructor(
    private readonly registry: string,
    private readonly token?: string,
  ) {}

  fetchManifest(name: string): Promise<PackageManifest> {
    const cached = this.inflight.get(name);
    if (cached) return cached;

    const pending = this.download(name);
    this.inflight.set(name, pending);
    pending.catch(() => this.inflight.delete(name));
    return pending;
  }

  private async download(name: string): Promise<PackageManifest> {
    const url = `${this.registry}/${name.replace('/', '%2f')}`;
    const headers: Record<string, string> = { accept: 'application/vnd.npm.install-v1+json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
    return (await res.json()) as PackageManifest;
  }
}

export async function resolveTree(cache: ManifestCache, rootDeps: Record<string, string>): Promise<Map<string, ResolvedPackage>> {
  const resolved = new Map<string, ResolvedPackage>();
  const queue: Array<[string, string]> = Object.entries(rootDeps);

  while (queue.length > 0) {
    const batch = queue.splice(0, queue.length);
    const manifests = await Promise.all(batch.map(([name]) => cache.fetchManifest(name)));

    batch.forEach(([name, range], i) => {
      const manifest = manifests[i];
      const wanted = manifest['dist-tags'][range] ?? maxSatisfying(Object.keys(manifest.versions), range);
      if (!wanted) throw new Error(`no version of ${name} satisfies ${range}`);

      const key = `${name}@${wanted}`;
      if (resolved.has(key)) return;
      const meta = manifest.versions[wanted];
      resolved.set(key, { name, version: wanted, tarball: meta.tarball, integrity: meta.integrity });
      for (const dep of Object.entries(meta.dependencies ?? {})) queue.push(dep);
    });
  }
  return resolved;
}

export function lockfileHash(tree: Map<string, ResolvedPackage>): string {
  const hash = createHash('sha256');
  for (const key of [...tree.keys()].sort()) hash.update(`${key}:${tree.get(key)!.integrity}\n`);
  return hash.digest('hex');
}
