// expect: none
// The in-flight refresh promise is deliberately stored and tested for presence (truthiness/??) to share one request among concurrent callers; the token value itself is only read after awaiting.
declare const oauth: {
  clientCredentials(req: { clientId: string; clientSecret: string; scope: string; signal?: AbortSignal }): Promise<{
    access_token: string;
    expires_in: number;
  }>;
};

interface CachedToken {
  value: string;
  expiresAt: number;
}

const EARLY_REFRESH_MS = 60_000;

export class ServiceTokenProvider {
  private cached: CachedToken | null = null;
  private refreshing: Promise<CachedToken> | null = null;
  private readonly inflightByScope = new Map<string, Promise<string>>();

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly scope: string,
  ) {}

  async getToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt - EARLY_REFRESH_MS > Date.now()) {
      return this.cached.value;
    }
    if (!this.refreshing) {
      this.refreshing = this.refresh().finally(() => {
        this.refreshing = null;
      });
    }
    const token = await this.refreshing;
    return token.value;
  }

  tokenForScope(scope: string): Promise<string> {
    const existing = this.inflightByScope.get(scope);
    const pending =
      existing ??
      oauth
        .clientCredentials({ clientId: this.clientId, clientSecret: this.clientSecret, scope })
        .then((r) => r.access_token)
        .finally(() => this.inflightByScope.delete(scope));
    this.inflightByScope.set(scope, pending);
    return pending;
  }

  private async refresh(): Promise<CachedToken> {
    const started = Date.now();
    const res = await oauth.clientCredentials({
      clientId: this.clientId,
      clientSecret: this.clientSecret,
      scope: this.scope,
    });
    this.cached = { value: res.access_token, expiresAt: started + res.expires_in * 1000 };
    return this.cached;
  }
}
