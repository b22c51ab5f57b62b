// expect: none
// The refresh fetch gets the caller's signal, and abort errors are rethrown as-is; only network/HTTP failures become TokenRefreshError.

export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  scope: string[];
}

export class TokenRefreshError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TokenRefreshError';
  }
}

export interface RefreshOptions {
  signal?: AbortSignal;
  scope?: string[];
}

interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  scope?: string;
}

const EXPIRY_SKEW_MS = 30_000;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export class OAuthSession {
  private current: TokenSet | null = null;

  constructor(
    private readonly tokenUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly onRotate?: (tokens: TokenSet) => void,
  ) {}

  seed(tokens: TokenSet): void {
    this.current = tokens;
  }

  async getAccessToken(opts: RefreshOptions = {}): Promise<string> {
    if (this.current && this.current.expiresAt - EXPIRY_SKEW_MS > Date.now()) {
      return this.current.accessToken;
    }
    const tokens = await this.refresh(opts);
    return tokens.accessToken;
  }

  async refresh({ signal, scope }: RefreshOptions = {}): Promise<TokenSet> {
    if (!this.current) throw new TokenRefreshError('no refresh token available');

    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: this.current.refreshToken,
    });
    if (scope?.length) body.set('scope', scope.join(' '));

    const basic = Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64');

    let res: Response;
    try {
      res = await fetch(this.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${basic}`,
        },
        body,
        signal,
      });
    } catch (err) {
      if (signal?.aborted || isAbortError(err)) throw err;
      throw new TokenRefreshError('token endpoint unreachable', undefined, { cause: err });
    }

    if (!res.ok) {
      const detail = await res.text();
      // invalid_grant means the refresh token was revoked; drop it so we don't keep trying
      if (res.status === 400 && detail.includes('invalid_grant')) this.current = null;
      throw new TokenRefreshError(`refresh rejected: ${detail || res.statusText}`, res.status);
    }

    const json = (await res.json()) as TokenResponse;
    const next: TokenSet = {
      accessToken: json.access_token,
      refreshToken: json.refresh_token ?? this.current?.refreshToken ?? '',
      expiresAt: Date.now() + json.expires_in * 1000,
      scope: json.scope ? json.scope.split(' ') : (this.current?.scope ?? []),
    };
    this.current = next;
    this.onRotate?.(next);
    return next;
  }
}
