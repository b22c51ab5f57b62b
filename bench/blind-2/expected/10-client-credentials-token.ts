// expect: none
// The in-flight token promise is shared only by concurrent callers and cleared once it settles; after expiry, a failure or a 401 the next getToken() starts a new token request rather than re-awaiting the old promise.
interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

export class ClientCredentialsAuth {
  private pending: Promise<CachedToken> | null = null;
  private current: CachedToken | null = null;

  constructor(
    private readonly tokenUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly scope: string,
  ) {}

  async getToken(): Promise<string> {
    if (this.current && this.current.expiresAt - 30_000 > Date.now()) {
      return this.current.value;
    }
    this.pending ??= this.requestToken().finally(() => {
      this.pending = null;
    });
    const token = await this.pending;
    this.current = token;
    return token.value;
  }

  private async requestToken(): Promise<CachedToken> {
    const res = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: this.scope }),
    });
    if (!res.ok) {
      throw new Error(`token endpoint responded ${res.status}: ${await res.text()}`);
    }
    const body = (await res.json()) as TokenResponse;
    return { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  }

  async authorizedFetch(url: string, init: RequestInit & { body?: string } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${await this.getToken()}`);
    const res = await fetch(url, { ...init, headers });
    if (res.status !== 401) return res;

    await res.body?.cancel();
    this.current = null;
    headers.set('authorization', `Bearer ${await this.getToken()}`);
    return fetch(url, { ...init, headers });
  }
}
