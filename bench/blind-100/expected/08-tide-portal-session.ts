// expect: none
// The cached login promise is shared only while it is pending or fulfilled; its catch clears the cache so the next call starts a brand-new login, and the export poll calls jobStatus() afresh each iteration.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PortalSession {
  token: string;
  expiresAt: number;
}

export interface HydroPortal {
  login(user: string, secret: string): Promise<PortalSession>;
  requestExport(token: string, stationId: string, from: string, to: string): Promise<{ jobId: string }>;
  jobStatus(token: string, jobId: string): Promise<{ state: 'queued' | 'running' | 'done' | 'failed'; url?: string }>;
}

export class TideExportClient {
  private session: Promise<PortalSession> | null = null;

  constructor(
    private readonly portal: HydroPortal,
    private readonly user: string,
    private readonly secret: string,
    private readonly pollMs = 2000,
  ) {}

  private ensureSession(): Promise<PortalSession> {
    this.session ??= this.portal.login(this.user, this.secret).catch((err: unknown) => {
      this.session = null;
      throw err;
    });
    return this.session;
  }

  private async token(): Promise<string> {
    const s = await this.ensureSession();
    if (s.expiresAt - Date.now() < 30_000) {
      this.session = null;
      return (await this.ensureSession()).token;
    }
    return s.token;
  }

  async exportLevels(stationId: string, from: string, to: string, maxPolls = 90): Promise<string> {
    const { jobId } = await this.portal.requestExport(await this.token(), stationId, from, to);
    for (let poll = 0; poll < maxPolls; poll++) {
      const status = await this.portal.jobStatus(await this.token(), jobId);
      if (status.state === 'done' && status.url) return status.url;
      if (status.state === 'failed') throw new Error(`export ${jobId} for ${stationId} failed on the portal`);
      await sleep(this.pollMs);
    }
    throw new Error(`export ${jobId} still not ready after ${maxPolls} polls`);
  }
}
