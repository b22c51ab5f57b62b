// expect: none
// The Map deliberately stores in-flight promises; truthiness checks on `Promise | undefined` and returning the shared promise are correct, and every value read is awaited first.
interface OAuthToken {
  accessToken: string;
  expiresAt: number;
  scope: string;
}

declare const authServer: {
  clientCredentials(opts: { clientId: string; clientSecret: string; scope: string; signal?: AbortSignal }): Promise<OAuthToken>;
};

declare const log: { debug(msg: string, meta?: Record<string, unknown>): void; warn(msg: string, meta?: Record<string, unknown>): void };

const SKEW_MS = 30_000;

export class TokenBroker {
  private readonly cached = new Map<string, OAuthToken>();
  private readonly inflight = new Map<string, Promise<OAuthToken>>();

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  async getToken(scope: string): Promise<string> {
    const hit = this.cached.get(scope);
    if (hit && hit.expiresAt - SKEW_MS > Date.now()) {
      return hit.accessToken;
    }

    const pending = this.inflight.get(scope) ?? this.refresh(scope);
    const token = await pending;
    return token.accessToken;
  }

  private refresh(scope: string): Promise<OAuthToken> {
    const existing = this.inflight.get(scope);
    if (existing) {
      log.debug('joining in-flight token request', { scope });
      return existing;
    }

    const request = authServer
      .clientCredentials({ clientId: this.clientId, clientSecret: this.clientSecret, scope })
      .then((token) => {
        this.cached.set(scope, token);
        return token;
      })
      .finally(() => {
        this.inflight.delete(scope);
      });

    this.inflight.set(scope, request);
    return request;
  }

  async invalidate(scope: string): Promise<void> {
    this.cached.delete(scope);
    const pending = this.inflight.get(scope);
    if (pending) {
      try {
        await pending;
      } catch (err) {
        log.warn('in-flight refresh failed during invalidate', { scope, err: String(err) });
      }
      this.cached.delete(scope);
    }
  }
}
