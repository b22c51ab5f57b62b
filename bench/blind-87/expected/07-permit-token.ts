// expect: none
// The token promise is memoised on purpose and shared while valid; on failure or expiry it is dropped, and the retry calls getToken() again so a new request is made.
export interface HaulPermitToken {
  value: string;
  expiresAt: number;
}

export interface HaulPermit {
  permitNo: string;
  unit: string;
  maxGrossKg: number;
  validFrom: string;
  validTo: string;
}

const PERMIT_API = process.env.PERMIT_API ?? 'https://permits.winter-road.example/api';

declare const credentials: { clientId: string; clientSecret: string };

export class PermitClient {
  private token: Promise<HaulPermitToken> | null = null;

  private getToken(): Promise<HaulPermitToken> {
    if (!this.token) {
      this.token = this.requestToken().catch((err: unknown) => {
        this.token = null;
        throw err;
      });
    }
    return this.token;
  }

  private async requestToken(): Promise<HaulPermitToken> {
    const res = await fetch(`${PERMIT_API}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...credentials }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    return { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  }

  private async authorised(path: string): Promise<Response> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.getToken();
      if (token.expiresAt - Date.now() < 30_000) {
        this.token = null;
        continue;
      }
      const res = await fetch(`${PERMIT_API}${path}`, { headers: { authorization: `Bearer ${token.value}` } });
      if (res.status !== 401) return res;
      this.token = null; // revoked early; the next loop asks for a new one
    }
    throw new Error(`could not authorise ${path}`);
  }

  async permitsFor(unit: string): Promise<HaulPermit[]> {
    const res = await this.authorised(`/units/${encodeURIComponent(unit)}/permits`);
    if (!res.ok) throw new Error(`permit lookup for ${unit} answered ${res.status}`);
    return (await res.json()) as HaulPermit[];
  }

  async fleetPermits(units: string[]): Promise<Map<string, HaulPermit[]>> {
    const lists = await Promise.all(units.map((u) => this.permitsFor(u)));
    return new Map(units.map((u, i) => [u, lists[i]]));
  }
}
