// expect: none
// The in-flight refresh promise is cached on purpose so concurrent callers share one refresh; each expiry starts a fresh call.
import { setTimeout as sleep } from 'node:timers/promises';

interface TokenSet {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

declare function postTokenEndpoint(
  url: string,
  body: URLSearchParams,
  signal?: AbortSignal,
): Promise<{ access_token: string; refresh_token?: string; expires_in: number }>;

const EXPIRY_SKEW_MS = 30_000;

export class OAuthSession {
  private tokens: TokenSet | null = null;
  private refreshing: Promise<TokenSet> | null = null;

  constructor(
    private readonly tokenUrl: string,
    private readonly clientId: string,
    initial: TokenSet,
  ) {
    this.tokens = initial;
  }

  async getAccessToken(signal?: AbortSignal): Promise<string> {
    const current = this.tokens;
    if (current && current.expiresAt - EXPIRY_SKEW_MS > Date.now()) {
      return current.accessToken;
    }
    // Everyone waiting on an expired token piggybacks on the same request.
    if (!this.refreshing) {
      this.refreshing = this.refresh(signal).finally(() => {
        this.refreshing = null;
      });
    }
    const next = await this.refreshing;
    return next.accessToken;
  }

  private async refresh(signal?: AbortSignal): Promise<TokenSet> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) throw new Error('session has no refresh token');

    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const body = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: this.clientId,
      });
      try {
        const res = await postTokenEndpoint(this.tokenUrl, body, signal);
        const tokens: TokenSet = {
          accessToken: res.access_token,
          refreshToken: res.refresh_token ?? refreshToken,
          expiresAt: Date.now() + res.expires_in * 1000,
        };
        this.tokens = tokens;
        return tokens;
      } catch (err) {
        lastError = err;
        if (signal?.aborted) break;
        await sleep(250 * 2 ** attempt, undefined, { signal });
      }
    }
    this.tokens = null;
    throw new Error('token refresh failed', { cause: lastError });
  }

  async authorizedFetch(input: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.getAccessToken(init.signal ?? undefined);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    const res = await fetch(input, { ...init, headers });
    if (res.status !== 401) return res;

    // Server rejected the token early (revoked/rotated); force one refresh.
    if (this.tokens) this.tokens.expiresAt = 0;
    const retryToken = await this.getAccessToken(init.signal ?? undefined);
    headers.set('Authorization', `Bearer ${retryToken}`);
    return fetch(input, { ...init, headers });
  }
}
