// expect: none
// The refresh promise is deliberately cached in a field so concurrent callers share it; every consumer awaits it before using the token.
export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

declare const tokenStore: {
  load(accountId: string): Promise<TokenSet | undefined>;
  save(accountId: string, tokens: TokenSet): Promise<void>;
};

const TOKEN_ENDPOINT = 'https://auth.example.com/oauth2/token';
const SKEW_MS = 60_000;

export class OAuthSession {
  private current: TokenSet | undefined;
  private refreshing: Promise<TokenSet> | null = null;

  constructor(
    private readonly accountId: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  async getAccessToken(): Promise<string> {
    if (!this.current) {
      this.current = await tokenStore.load(this.accountId);
      if (!this.current) throw new Error(`no stored credentials for ${this.accountId}`);
    }
    if (this.current.expiresAt - SKEW_MS > Date.now()) {
      return this.current.accessToken;
    }
    if (!this.refreshing) {
      this.refreshing = this.refresh(this.current.refreshToken).finally(() => {
        this.refreshing = null;
      });
    }
    const tokens = await this.refreshing;
    return tokens.accessToken;
  }

  private async refresh(refreshToken: string): Promise<TokenSet> {
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: this.clientId,
      client_secret: this.clientSecret,
    });
    const res = await fetch(TOKEN_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    if (!res.ok) {
      const detail = await res.text();
      throw new Error(`token refresh failed (${res.status}): ${detail}`);
    }
    const json = (await res.json()) as {
      access_token: string;
      refresh_token?: string;
      expires_in: number;
    };
    const next: TokenSet = {
      accessToken: json.access_token,
      refreshToken: json.refresh_token ?? refreshToken,
      expiresAt: Date.now() + json.expires_in * 1000,
    };
    this.current = next;
    await tokenStore.save(this.accountId, next);
    return next;
  }

  async authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.getAccessToken();
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    const res = await fetch(url, { ...init, headers });
    if (res.status === 401 && this.current) {
      // Server rejected the token early; force a refresh once and retry.
      this.current = { ...this.current, expiresAt: 0 };
      const retryToken = await this.getAccessToken();
      headers.set('authorization', `Bearer ${retryToken}`);
      return fetch(url, { ...init, headers });
    }
    return res;
  }
}
