// expect: none
// The credentials promise is cached and awaited on each attempt on purpose; every retry issues a fresh fetch, and the token cache is reset on failure.
import { setTimeout as sleep } from 'node:timers/promises';

interface AccessToken {
  token: string;
  expiresAt: number;
}

export interface StorageClientOptions {
  endpoint: string;
  bucket: string;
  fetchToken: () => Promise<AccessToken>;
  maxAttempts?: number;
}

export class ObjectStorageClient {
  private tokenPromise: Promise<AccessToken> | null = null;
  private readonly maxAttempts: number;

  constructor(private readonly opts: StorageClientOptions) {
    this.maxAttempts = opts.maxAttempts ?? 4;
  }

  private getCredentials(): Promise<AccessToken> {
    if (!this.tokenPromise) {
      this.tokenPromise = this.opts.fetchToken().catch((err) => {
        this.tokenPromise = null;
        throw err;
      });
    }
    return this.tokenPromise;
  }

  private async ensureFresh(): Promise<void> {
    if (!this.tokenPromise) return;
    const current = await this.tokenPromise;
    // refresh a minute before expiry so long uploads don't fail midway
    if (current.expiresAt - Date.now() < 60_000) {
      this.tokenPromise = null;
    }
  }

  private async send(method: string, key: string, body?: ArrayBuffer): Promise<Response> {
    await this.ensureFresh();
    const credentials = this.getCredentials();
    const url = `${this.opts.endpoint}/${this.opts.bucket}/${encodeURIComponent(key)}`;

    let lastError: unknown;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const { token } = await credentials;
      try {
        const res = await fetch(url, {
          method,
          headers: { authorization: `Bearer ${token}` },
          body,
        });
        if (res.status !== 503 && res.status !== 429) {
          return res;
        }
        lastError = new Error(`storage returned ${res.status}`);
      } catch (err) {
        lastError = err;
      }
      await sleep(200 * 2 ** attempt);
    }
    throw lastError;
  }

  async putObject(key: string, data: ArrayBuffer): Promise<void> {
    const res = await this.send('PUT', key, data);
    if (!res.ok) throw new Error(`PUT ${key} failed: ${res.status}`);
  }

  async getObject(key: string): Promise<ArrayBuffer | null> {
    const res = await this.send('GET', key);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`GET ${key} failed: ${res.status}`);
    return res.arrayBuffer();
  }

  async putMany(entries: Array<[string, ArrayBuffer]>): Promise<void> {
    await Promise.all(entries.map(([key, data]) => this.putObject(key, data)));
  }
}
