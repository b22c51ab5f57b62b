// expect: no-uncalled-async-function
// rotateTo awaits the ensureSession method itself instead of calling it, so no login happens and the rotate request goes out without a valid token.
export interface TurntablePosition {
  track: number;
  angleDeg: number;
  locked: boolean;
}

export interface DepotCredentials {
  user: string;
  password: string;
}

export class TurntableClient {
  private token: string | null = null;
  private tokenExpiresAt = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly credentials: DepotCredentials,
  ) {}

  async rotateTo(track: number): Promise<TurntablePosition> {
    if (track < 1 || track > 12) throw new Error(`track ${track} is not on the turntable`);
    await this.ensureSession;

    const res = await fetch(`${this.baseUrl}/turntable/rotate`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token ?? ''}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ track, lockAfter: true }),
    });
    if (!res.ok) throw new Error(`turntable refused rotation to track ${track}: ${res.status}`);
    return (await res.json()) as TurntablePosition;
  }

  async position(): Promise<TurntablePosition> {
    await this.ensureSession();
    const res = await fetch(`${this.baseUrl}/turntable`, {
      headers: { authorization: `Bearer ${this.token ?? ''}` },
    });
    if (!res.ok) throw new Error(`turntable status unavailable: ${res.status}`);
    return (await res.json()) as TurntablePosition;
  }

  private async ensureSession(): Promise<void> {
    if (this.token && Date.now() < this.tokenExpiresAt - 30_000) return;
    const res = await fetch(`${this.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.credentials),
    });
    if (!res.ok) throw new Error(`depot login failed: ${res.status}`);
    const { token, expiresIn } = (await res.json()) as { token: string; expiresIn: number };
    this.token = token;
    this.tokenExpiresAt = Date.now() + expiresIn * 1000;
  }
}
