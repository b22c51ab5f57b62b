// expect: none
// The retry helper takes an operation factory and calls it again on every attempt, so each retry is a fresh upload.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface BlobRef {
  digest: string;
  size: number;
  mediaType: string;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  retryOn?: (err: unknown) => boolean;
}

const DEFAULT_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 200 };

class RegistryHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof RegistryHttpError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError; // fetch network failure
}

export async function withRetry<T>(op: (attempt: number) => Promise<T>, policy: RetryPolicy = DEFAULT_POLICY): Promise<T> {
  const retryOn = policy.retryOn ?? isTransient;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op(attempt);
    } catch (err) {
      if (attempt >= policy.attempts || !retryOn(err)) throw err;
      const delay = policy.baseDelayMs * 2 ** (attempt - 1);
      await new Promise<void>((resolve) => setTimeout(resolve, delay));
    }
  }
}

export class RegistryClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, ...extra };
  }

  async blobExists(repo: string, digest: string): Promise<boolean> {
    const res = await fetch(`${this.baseUrl}/v2/${repo}/blobs/${digest}`, { method: 'HEAD', headers: this.headers() });
    return res.ok;
  }

  private async uploadOnce(repo: string, data: Buffer, digest: string): Promise<void> {
    const start = await fetch(`${this.baseUrl}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: this.headers() });
    if (start.status !== 202) throw new RegistryHttpError(start.status, `upload init failed for ${repo}`);
    const location = new URL(start.headers.get('location') ?? '', this.baseUrl);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, {
      method: 'PUT',
      headers: this.headers({ 'Content-Type': 'application/octet-stream' }),
      body: new Uint8Array(data),
    });
    if (put.status !== 201) throw new RegistryHttpError(put.status, `blob PUT failed for ${digest}`);
  }

  async pushLayer(repo: string, file: string, mediaType: string): Promise<BlobRef> {
    const data = await readFile(file);
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    if (await this.blobExists(repo, digest)) return { digest, size: data.length, mediaType };
    await withRetry(() => this.uploadOnce(repo, data, digest));
    return { digest, size: data.length, mediaType };
  }

  async pushLayers(repo: string, files: { path: string; mediaType: string }[]): Promise<BlobRef[]> {
    return Promise.all(files.map((f) => this.pushLayer(repo, f.path, f.mediaType)));
  }
}
