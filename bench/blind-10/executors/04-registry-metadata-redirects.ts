// expect: none
// The redirect branch settles nothing itself but resolves with the recursive request's promise (adopting its outcome); every other branch resolves or rejects, and socket errors/timeouts reach reject via req 'error'.
import https from 'node:https';
import type { IncomingMessage } from 'node:http';

export interface PackageMetadata {
  name: string;
  'dist-tags': Record<string, string>;
  versions: Record<string, { dist: { tarball: string; integrity?: string } }>;
}

const MAX_REDIRECTS = 5;
const REQUEST_TIMEOUT_MS = 15_000;

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}

export function getPackageMetadata(url: URL, authToken?: string, hops = 0): Promise<PackageMetadata> {
  return new Promise<PackageMetadata>((resolve, reject) => {
    const headers: Record<string, string> = {
      accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8',
    };
    if (authToken && hops === 0) headers.authorization = `Bearer ${authToken}`;

    const req = https.get(url, { headers }, (res) => {
      const status = res.statusCode ?? 0;

      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hops >= MAX_REDIRECTS) {
          reject(new Error(`too many redirects fetching ${url.pathname}`));
          return;
        }
        const next = new URL(res.headers.location, url);
        resolve(getPackageMetadata(next, undefined, hops + 1));
        return;
      }

      readBody(res)
        .then((text) => {
          if (status !== 200) {
            throw new Error(`registry responded ${status} for ${url.pathname}: ${text.slice(0, 200)}`);
          }
          return JSON.parse(text) as PackageMetadata;
        })
        .then(resolve, reject);
    });

    req.setTimeout(REQUEST_TIMEOUT_MS, () => {
      req.destroy(new Error(`registry request timed out after ${REQUEST_TIMEOUT_MS}ms`));
    });
    req.on('error', reject);
  });
}

export async function resolveTarball(registry: string, name: string, range = 'latest') {
  const meta = await getPackageMetadata(new URL(encodeURIComponent(name).replace('%40', '@'), registry));
  const version = meta['dist-tags'][range] ?? range;
  const entry = meta.versions[version];
  if (!entry) throw new Error(`${name}@${range} not found in ${registry}`);
  return { version, tarball: entry.dist.tarball, integrity: entry.dist.integrity };
}
