// expect: none
// The memoised session promise is meant to be shared while it is valid; a failed login clears it, and the 401 retry drops it and calls login() again, so no retry awaits an old rejected promise.
export interface Session {
  token: string;
  expiresAt: number;
}

export interface AccessWindow {
  church: string;
  organ: string;
  from: string;
  to: string;
  keyholderPhone: string;
}

class UnauthorizedError extends Error {
  override name = 'UnauthorizedError';
}

export class ChurchAccessClient {
  private session: Promise<Session> | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly credentials: { user: string; password: string },
  ) {}

  private async login(): Promise<Session> {
    const res = await fetch(`${this.baseUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.credentials),
    });
    if (!res.ok) throw new Error(`diocese login failed: ${res.status}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    return { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 - 30_000 };
  }

  private getSession(): Promise<Session> {
    this.session ??= this.login().catch((err: unknown) => {
      this.session = undefined;
      throw err;
    });
    return this.session;
  }

  private async authorised<T>(call: (token: string) => Promise<T>): Promise<T> {
    let session = await this.getSession();
    if (session.expiresAt <= Date.now()) {
      this.session = undefined;
      session = await this.getSession();
    }
    try {
      return await call(session.token);
    } catch (err) {
      if (!(err instanceof UnauthorizedError)) throw err;
      this.session = undefined;
      const fresh = await this.getSession();
      return call(fresh.token);
    }
  }

  private async getJson<T>(path: string, token: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status === 401) throw new UnauthorizedError(path);
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  accessWindows(tunerId: string, week: string): Promise<AccessWindow[]> {
    return this.authorised((token) =>
      this.getJson<AccessWindow[]>(`/tuners/${tunerId}/access?week=${encodeURIComponent(week)}`, token),
    );
  }

  async nextVisit(tunerId: string, week: string, organ: string): Promise<AccessWindow | undefined> {
    const windows = await this.accessWindows(tunerId, week);
    return windows.filter((w) => w.organ === organ).sort((a, b) => a.from.localeCompare(b.from))[0];
  }
}
