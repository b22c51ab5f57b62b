// expect: none
// The retry loop calls portal.submit(app) afresh on every attempt, so each iteration awaits a new request rather than re-reading the outcome of the first one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PermitApplication {
  skaterId: string;
  park: string;
  date: string;
  session: 'morning' | 'afternoon' | 'evening';
  groupSize: number;
}

export interface Confirmation {
  permitNumber: string;
  gateCode: string;
}

export class PortalError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'PortalError';
  }
}

export interface CityPortal {
  submit(app: PermitApplication): Promise<Confirmation>;
}

function isTransient(err: unknown): boolean {
  return err instanceof PortalError && (err.status === 429 || err.status >= 500);
}

export class PermitSubmitter {
  constructor(
    private readonly portal: CityPortal,
    private readonly maxAttempts = 4,
    private readonly baseDelayMs = 750,
  ) {}

  async submit(app: PermitApplication): Promise<Confirmation> {
    if (app.groupSize > 12) throw new Error('groups over 12 need an event permit, not a session permit');
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.portal.submit(app);
      } catch (err) {
        if (!isTransient(err) || attempt >= this.maxAttempts) throw err;
        const jitter = Math.random() * this.baseDelayMs;
        await sleep(this.baseDelayMs * 2 ** (attempt - 1) + jitter);
      }
    }
  }

  async submitAll(apps: PermitApplication[]): Promise<Map<string, Confirmation | Error>> {
    const out = new Map<string, Confirmation | Error>();
    for (const app of apps) {
      const key = `${app.skaterId}@${app.park}/${app.date}/${app.session}`;
      try {
        out.set(key, await this.submit(app));
      } catch (err) {
        out.set(key, err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  }
}
