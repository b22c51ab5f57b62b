// expect: none
// The poll calls fetchAppointment afresh on every iteration, and the only promise reused is the cached access token, which is cleared when it rejects so the next call fetches a new one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Appointment {
  fixtureId: string;
  referee: string | null;
  linesmen: string[];
  confirmed: boolean;
}

export interface BoardCredentials {
  tokenUrl: string;
  apiUrl: string;
  clientId: string;
  clientSecret: string;
}

export class RefereeAppointments {
  private token: Promise<string> | undefined;

  constructor(private readonly creds: BoardCredentials) {}

  private accessToken(): Promise<string> {
    this.token ??= this.requestToken().catch((err: unknown) => {
      this.token = undefined;
      throw err;
    });
    return this.token;
  }

  private async requestToken(): Promise<string> {
    const res = await fetch(this.creds.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.creds.clientId, client_secret: this.creds.clientSecret }),
    });
    if (!res.ok) throw new Error(`county board auth failed: ${res.status}`);
    return ((await res.json()) as { access_token: string }).access_token;
  }

  async fetchAppointment(fixtureId: string): Promise<Appointment> {
    const token = await this.accessToken();
    const res = await fetch(new URL(`/fixtures/${fixtureId}/appointments`, this.creds.apiUrl), {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status === 401) {
      this.token = undefined;
      throw new Error('access token expired');
    }
    if (!res.ok) throw new Error(`appointments API answered ${res.status}`);
    return (await res.json()) as Appointment;
  }

  async waitForReferee(fixtureId: string, pollMs = 60_000, maxPolls = 30): Promise<Appointment> {
    for (let poll = 0; poll < maxPolls; poll++) {
      const appointment = await this.fetchAppointment(fixtureId);
      if (appointment.referee && appointment.confirmed) {
        return appointment;
      }
      await sleep(pollMs);
    }
    throw new Error(`no confirmed referee for ${fixtureId} after ${maxPolls} polls`);
  }
}
