// expect: none
// Concurrent callers intentionally share the one in-flight token refresh, but the cached promise is cleared when it rejects and each retry of the upload calls uploadOnce() afresh, so no attempt ever re-awaits an already-failed promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PortalToken {
  value: string;
  expiresAt: number;
}

export interface AuthEndpoint {
  exchange(clientId: string, secret: string): Promise<PortalToken>;
}

export interface CatchLogApi {
  submit(token: string, vessel: string, body: string): Promise<{ status: number; receipt?: string }>;
}

export class PortalSession {
  private token: PortalToken | undefined;
  private refreshing: Promise<PortalToken> | undefined;

  constructor(
    private readonly auth: AuthEndpoint,
    private readonly api: CatchLogApi,
    private readonly clientId: string,
    private readonly secret: string,
  ) {}

  private accessToken(): Promise<PortalToken> {
    if (this.token && this.token.expiresAt - Date.now() > 30_000) {
      return Promise.resolve(this.token);
    }
    this.refreshing ??= this.auth.exchange(this.clientId, this.secret).then(
      (token) => {
        this.token = token;
        this.refreshing = undefined;
        return token;
      },
      (err: unknown) => {
        this.refreshing = undefined;
        throw err;
      },
    );
    return this.refreshing;
  }

  private async uploadOnce(vessel: string, body: string): Promise<string> {
    const token = await this.accessToken();
    const res = await this.api.submit(token.value, vessel, body);
    if (res.status === 401) {
      this.token = undefined;
      throw new Error('portal rejected the token');
    }
    if (res.status >= 300 || !res.receipt) throw new Error(`portal answered ${res.status}`);
    return res.receipt;
  }

  async upload(vessel: string, body: string, attempts = 3): Promise<string> {
    let lastError: unknown;
    for (let i = 0; i < attempts; i++) {
      try {
        return await this.uploadOnce(vessel, body);
      } catch (err) {
        lastError = err;
        await sleep(1_000 * (i + 1));
      }
    }
    throw lastError;
  }
}
