// expect: no-multiple-settle
// Async executor: if credentialStore.get() rejects (keychain locked) the exception escapes the executor and the refresh promise never settles, hanging every queued caller.
export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

interface CredentialStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

declare const credentialStore: CredentialStore;

const TOKEN_ENDPOINT = 'https://auth.example.com/oauth2/token';
const CLIENT_ID = 'desktop-sync-client';
const EXPIRY_SKEW_MS = 60_000;

export class OAuthSession {
  private current: TokenSet | null = null;
  private inflight: Promise<TokenSet> | null = null;

  async getAccessToken(): Promise<string> {
    if (this.current && this.current.expiresAt - EXPIRY_SKEW_MS > Date.now()) {
      return this.current.accessToken;
    }
    if (!this.inflight) {
      this.inflight = this.refresh().finally(() => {
        this.inflight = null;
      });
    }
    const tokens = await this.inflight;
    return tokens.accessToken;
  }

  private refresh(): Promise<TokenSet> {
    return new Promise(async (resolve, reject) => {
      const refreshToken = this.current?.refreshToken ?? (await credentialStore.get('refresh_token'));
      if (!refreshToken) {
        reject(new Error('no refresh token available; interactive login required'));
        return;
      }

      try {
        const res = await fetch(TOKEN_ENDPOINT, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: CLIENT_ID,
          }),
        });
        if (!res.ok) {
          const detail = await res.text();
          reject(new Error(`token refresh failed (${res.status}): ${detail}`));
          return;
        }
        const body = (await res.json()) as {
          access_token: string;
          refresh_token?: string;
          expires_in: number;
        };
        const next: TokenSet = {
          accessToken: body.access_token,
          refreshToken: body.refresh_token ?? refreshToken,
          expiresAt: Date.now() + body.expires_in * 1000,
        };
        if (body.refresh_token && body.refresh_token !== refreshToken) {
          await credentialStore.set('refresh_token', body.refresh_token);
        }
        this.current = next;
        resolve(next);
      } catch (err) {
        reject(err);
      }
    });
  }

  async authorizedFetch(input: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.getAccessToken();
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    const res = await fetch(input, { ...init, headers });
    if (res.status === 401 && this.current) {
      this.current = { ...this.current, expiresAt: 0 };
    }
    return res;
  }
}
