// expect: none
// Reusing the cached login promise is intentional memoisation: it is shared only while it can still succeed and is dropped on failure or expiry so the next call logs in again.
export interface OpsCredentials {
  clientId: string;
  clientSecret: string;
}

export interface AccessToken {
  value: string;
  refreshAt: number;
}

export interface FlightPlanFiling {
  airshipId: string;
  routeId: string;
  departure: string;
  maxAltitudeFt: number;
}

const REFRESH_MARGIN_MS = 60_000;

export class AirshipOpsClient {
  private token: Promise<AccessToken> | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly credentials: OpsCredentials,
  ) {}

  private async login(): Promise<AccessToken> {
    const res = await fetch(`${this.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.credentials.clientId,
        client_secret: this.credentials.clientSecret,
      }),
    });
    if (!res.ok) throw new Error(`ops login failed with ${res.status}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    const lifetimeMs = body.expires_in * 1000;
    return { value: body.access_token, refreshAt: Date.now() + lifetimeMs - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2) };
  }

  private async accessToken(): Promise<string> {
    this.token ??= this.login().catch((err: unknown) => {
      this.token = null;
      throw err;
    });
    const token = await this.token;
    if (token.refreshAt <= Date.now()) {
      this.token = null;
      return this.accessToken();
    }
    return token.value;
  }

  async fileFlightPlan(plan: FlightPlanFiling): Promise<string> {
    const token = await this.accessToken();
    const res = await fetch(`${this.baseUrl}/flight-plans`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(plan),
    });
    if (res.status === 401) {
      this.token = null;
      throw new Error('ops API rejected the cached token; retry the filing');
    }
    if (!res.ok) throw new Error(`flight plan for ${plan.airshipId} rejected: ${res.status}`);
    const body = (await res.json()) as { filing_id: string };
    return body.filing_id;
  }

  async fileDay(plans: FlightPlanFiling[]): Promise<string[]> {
    const ids: string[] = [];
    for (const plan of plans) {
      ids.push(await this.fileFlightPlan(plan));
    }
    return ids;
  }
}
