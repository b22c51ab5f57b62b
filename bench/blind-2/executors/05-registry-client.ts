// expect: no-multiple-settle
// A response that is neither 200, 404, 429 nor 5xx (e.g. 401 for an expired token or a 302) settles nothing in the 'end' handler, so resolvePackage never settles and the install hangs.
import https from 'node:https';

export class RetryableRegistryError extends Error {
  constructor(readonly status: number, readonly retryAfterSec: number | undefined, message: string) {
    super(message);
    this.name = 'RetryableRegistryError';
  }
}

export interface PackageDocument {
  name: string;
  'dist-tags': Record<string, string>;
  versions: Record<string, { dist: { tarball: string; integrity: string } }>;
}

export class RegistryClient {
  constructor(private readonly baseUrl: string, private readonly token?: string) {}

  resolvePackage(name: string): Promise<PackageDocument | null> {
    const url = new URL(`/${encodeURIComponent(name).replace('%40', '@')}`, this.baseUrl);
    const headers: Record<string, string> = { accept: 'application/vnd.npm.install-v1+json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;

    return new Promise((resolve, reject) => {
      const req = https.get(url, { headers }, (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (status === 200) {
            try {
              resolve(JSON.parse(body) as PackageDocument);
            } catch (err) {
              reject(new Error(`registry returned invalid JSON for ${name}`, { cause: err }));
            }
            return;
          }
          if (status === 404) {
            resolve(null);
            return;
          }
          if (status === 429 || status >= 500) {
            const retryAfter = Number(res.headers['retry-after']);
            reject(new RetryableRegistryError(status, Number.isFinite(retryAfter) ? retryAfter : undefined,
              `registry ${url.host} answered ${status} for ${name}`));
          }
        });
      });
      req.on('error', (err) => reject(new Error(`cannot reach ${url.host}: ${err.message}`, { cause: err })));
    });
  }

  async latestTarball(name: string): Promise<string | undefined> {
    const doc = await this.resolvePackage(name);
    const latest = doc?.['dist-tags'].latest;
    return latest ? doc.versions[latest]?.dist.tarball : undefined;
  }
}
