// expect: none
// Correct: the cached token promise is reused on purpose while valid, is dropped when it fails or expires, and the 401 retry calls request() again rather than re-awaiting the old response.
export interface Booking {
  bookingId: string;
  farm: string;
  date: string;
  alpacas: number;
  llamas: number;
  crew: string[];
}

interface Token {
  accessToken: string;
  expiresAt: number;
}

export class ShearingPortalClient {
  #token: Promise<Token> | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  #login(): Promise<Token> {
    return fetch(`${this.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.clientId,
        client_secret: this.clientSecret,
      }),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`login failed: ${res.status}`);
      const body = (await res.json()) as { access_token: string; expires_in: number };
      return { accessToken: body.access_token, expiresAt: Date.now() + (body.expires_in - 30) * 1000 };
    });
  }

  async #accessToken(): Promise<string> {
    this.#token ??= this.#login().catch((err: unknown) => {
      this.#token = null;
      throw err;
    });
    const token = await this.#token;
    if (token.expiresAt <= Date.now()) {
      this.#token = null;
      return this.#accessToken();
    }
    return token.accessToken;
  }

  async #request<T>(path: string, init: RequestInit = {}, retried = false): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${await this.#accessToken()}` },
    });
    if (res.status === 401 && !retried) {
      this.#token = null;
      return this.#request<T>(path, init, true);
    }
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  bookings(season: number): Promise<Booking[]> {
    return this.#request<Booking[]>(`/seasons/${season}/bookings`);
  }

  book(booking: Omit<Booking, 'bookingId'>): Promise<Booking> {
    return this.#request<Booking>('/bookings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(booking),
    });
  }
}
