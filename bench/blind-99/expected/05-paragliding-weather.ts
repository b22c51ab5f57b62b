// expect: none
// The poll loop calls fetchStatus() anew on every iteration and the fallback in .catch calls the secondary source rather than re-attaching to the failed promise, so each attempt is a fresh request.
import { setTimeout as sleep } from 'node:timers/promises';

export type LaunchStatus = 'open' | 'on-hold' | 'closed';

export interface LaunchStatusSource {
  fetchStatus(site: string): Promise<{ status: LaunchStatus; reason: string; updatedAt: number }>;
}

export interface PollOptions {
  intervalMs: number;
  maxPolls: number;
}

export class LaunchWatcher {
  constructor(
    private readonly primary: LaunchStatusSource,
    private readonly backup: LaunchStatusSource,
  ) {}

  private current(site: string) {
    return this.primary.fetchStatus(site).catch(() => this.backup.fetchStatus(site));
  }

  async waitForOpen(site: string, opts: PollOptions): Promise<{ polls: number; reason: string }> {
    let lastReason = 'no data';
    for (let poll = 1; poll <= opts.maxPolls; poll++) {
      const snapshot = await this.current(site);
      lastReason = snapshot.reason;
      if (snapshot.status === 'open') return { polls: poll, reason: snapshot.reason };
      if (snapshot.status === 'closed') {
        throw new Error(`${site} closed for the day: ${snapshot.reason}`);
      }
      await sleep(opts.intervalMs);
    }
    throw new Error(`${site} still on hold after ${opts.maxPolls} checks (${lastReason})`);
  }

  async firstOpen(sites: string[], opts: PollOptions): Promise<string | undefined> {
    for (const site of sites) {
      try {
        await this.waitForOpen(site, opts);
        return site;
      } catch (err) {
        if (!(err instanceof Error) || !/closed|on hold/.test(err.message)) throw err;
      }
    }
    return undefined;
  }
}

export function holdSummary(history: Array<{ status: LaunchStatus; at: number }>): string {
  const holds = history.filter((h) => h.status === 'on-hold');
  if (holds.length === 0) return 'no holds today';
  const first = new Date(holds[0]!.at).toISOString().slice(11, 16);
  const last = new Date(holds[holds.length - 1]!.at).toISOString().slice(11, 16);
  return `${holds.length} hold notices between ${first} and ${last} UTC`;
}
