// expect: none
// The in-flight token promise is cached on purpose and only tested for presence so concurrent callers share one OAuth request; its value is always awaited before use.
declare const oauth: {
  requestToken(params: {
    clientId: string;
    clientSecret: string;
    scope: string;
    signal?: AbortSignal;
  }): Promise<{ access_token: string; expires_in: number; token_type: 'Bearer' }>;
};

interface CachedToken {
  value: string;
  expiresAt: number;
}

export class ClientCredentialsProvider {
  private cached: CachedToken | undefined;
  private inflight: Promise<CachedToken> | undefined;

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly scope: string,
    private readonly skewMs = 30_000,
  ) {}

  async getToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt - this.skewMs > Date.now()) {
      return this.cached.value;
    }
    if (!this.inflight) {
      this.inflight = this.fetchToken().finally(() => {
        this.inflight = undefined;
      });
    }
    const token = await this.inflight;
    return token.value;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  async authorize(init: RequestInit = {}): Promise<RequestInit> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${await this.getToken()}`);
    return { ...init, headers };
  }

  private async fetchToken(): Promise<CachedToken> {
    const requestedAt = Date.now();
    const res = await oauth.requestToken({
      clientId: this.clientId,
      clientSecret: this.clientSecret,
      scope: this.scope,
    });
    if (res.token_type !== 'Bearer' || !res.access_token) {
      throw new Error(`unexpected token response for scope "${this.scope}"`);
    }
    const token = { value: res.access_token, expiresAt: requestedAt + res.expires_in * 1000 };
    this.cached = token;
    return token;
  }
}

export async function fetchWithAuth(
  provider: ClientCredentialsProvider,
  url: string,
  init: RequestInit & { body?: string } = {},
): Promise<Response> {
  const first = await fetch(url, await provider.authorize(init));
  if (first.status !== 401) return first;

  await first.body?.cancel();
  console.info(`[auth] 401 from ${new URL(url).host}, refreshing token once`);
  provider.invalidate();
  return fetch(url, await provider.authorize(init));
}
