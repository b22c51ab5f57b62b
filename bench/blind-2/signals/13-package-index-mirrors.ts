// expect: no-leaked-race
// Promise.any returns with the first mirror that delivers, but the requests to the other mirrors are never aborted, so they keep downloading the multi-megabyte Packages.gz (and holding sockets) after the function has returned.
import { gunzipSync } from 'node:zlib';

export interface PackageIndex {
  versions: Map<string, string>;
  mirror: string;
  ms: number;
}

function parsePackages(text: string): Map<string, string> {
  const versions = new Map<string, string>();
  for (const stanza of text.split('\n\n')) {
    let name: string | undefined;
    let version: string | undefined;
    for (const line of stanza.split('\n')) {
      if (line.startsWith('Package: ')) name = line.slice(9).trim();
      else if (line.startsWith('Version: ')) version = line.slice(9).trim();
    }
    if (name && version) versions.set(name, version);
  }
  return versions;
}

export async function fetchPackageIndex(
  mirrors: readonly string[],
  suite: string,
  arch: string,
  signal?: AbortSignal,
): Promise<PackageIndex> {
  if (mirrors.length === 0) throw new Error('no mirrors configured');
  const path = `dists/${suite}/main/binary-${arch}/Packages.gz`;
  const started = performance.now();

  try {
    return await Promise.any(
      mirrors.map(async (mirror) => {
        const res = await fetch(new URL(path, mirror), { signal });
        if (!res.ok) throw new Error(`${mirror}: HTTP ${res.status}`);
        const compressed = Buffer.from(await res.arrayBuffer());
        return {
          versions: parsePackages(gunzipSync(compressed).toString('utf8')),
          mirror,
          ms: Math.round(performance.now() - started),
        };
      }),
    );
  } catch (err) {
    signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      const reasons = err.errors.map((e) => (e instanceof Error ? e.message : String(e)));
      throw new Error(`all ${mirrors.length} mirrors failed:\n  ${reasons.join('\n  ')}`, { cause: err });
    }
    throw err;
  }
}

export async function outdated(installed: Map<string, string>, mirrors: string[], signal?: AbortSignal): Promise<string[]> {
  const index = await fetchPackageIndex(mirrors, 'bookworm', 'amd64', signal);
  console.error(`using ${index.mirror} (${index.ms}ms, ${index.versions.size} packages)`);
  const stale: string[] = [];
  for (const [name, version] of installed) {
    const latest = index.versions.get(name);
    if (latest && latest !== version) stale.push(`${name} ${version} -> ${latest}`);
  }
  return stale.sort();
}
