// expect: none
// `pending` is a Promise | undefined from a Map, so the truthiness test checks whether a request is in flight, and the promise itself is returned to an async caller.

interface Manifest {
  version: string;
  files: string[];
}

declare function downloadManifest(url: string): Promise<Manifest>;

const inflight = new Map<string, Promise<Manifest>>();

export function getManifest(url: string): Promise<Manifest> {
  const pending = inflight.get(url);
  if (pending) {
    return pending;
  }

  const request = downloadManifest(url).finally(() => {
    inflight.delete(url);
  });
  inflight.set(url, request);
  return request;
}

export async function manifestVersions(urls: string[]): Promise<string[]> {
  const manifests = await Promise.all(urls.map((u) => getManifest(u)));
  return manifests.map((m) => m.version);
}
