// expect: no-leaked-race
// Promise.any returns the first mirror that answers, but the other mirror downloads share only the caller's signal and are never aborted, so they keep downloading the whole tarball.

export interface MirrorOptions {
  signal?: AbortSignal;
}

const MIRRORS = [
  "https://mirror-eu.example.org",
  "https://mirror-us.example.org",
  "https://mirror-ap.example.org",
];

async function downloadFrom(base: string, path: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(`${base}/${path}`, { signal });
  if (!res.ok) {
    throw new Error(`${base} answered ${res.status}`);
  }
  return res.arrayBuffer();
}

export async function fetchPackageTarball(name: string, version: string, opts: MirrorOptions = {}): Promise<ArrayBuffer> {
  const path = `packages/${name}/-/${name}-${version}.tgz`;
  try {
    return await Promise.any(MIRRORS.map((base) => downloadFrom(base, path, opts.signal)));
  } catch (err) {
    opts.signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      throw new Error(`no mirror could serve ${name}@${version}`, { cause: err });
    }
    throw err;
  }
}
