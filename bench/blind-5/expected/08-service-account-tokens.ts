// expect: none
// Re-awaiting the cached token promise is intended (one in-flight mint shared by all callers); on failure or near-expiry the cache slot is cleared, so the next loop iteration really starts a new token request.
import { setTimeout as sleep } from 'node:timers/promises';

interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

interface ServiceAccount {
  clientEmail: string;
  privateKeyPem: string;
  tokenUri: string;
  scopes: string[];
}

declare function signJwt(claims: Record<string, unknown>, privateKeyPem: string): string;

export class ServiceAccountTokens {
  private inflight: Promise<CachedToken> | null = null;

  constructor(
    private readonly account: ServiceAccount,
    private readonly skewMs = 60_000,
  ) {}

  async get(): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const pending = (this.inflight ??= this.mint());
      try {
        const token = await pending;
        if (token.expiresAt - Date.now() > this.skewMs) return token.accessToken;
        if (this.inflight === pending) this.inflight = null;
        if (attempt >= 3) throw new Error('token endpoint keeps returning tokens that are about to expire');
      } catch (err) {
        if (this.inflight === pending) this.inflight = null;
        if (attempt >= 3) throw err;
        await sleep(200 * attempt);
      }
    }
  }

  private async mint(): Promise<CachedToken> {
    const now = Math.floor(Date.now() / 1000);
    const assertion = signJwt(
      { iss: this.account.clientEmail, scope: this.account.scopes.join(' '), aud: this.account.tokenUri, iat: now, exp: now + 3600 },
      this.account.privateKeyPem,
    );
    const res = await fetch(this.account.tokenUri, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    return { accessToken: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  }
}
