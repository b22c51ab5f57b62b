// expect: no-reused-settled-promise
// waitForFix requests the collar status once and then polls by re-awaiting that same settled promise, so it never sees a newer fix.
import { setTimeout as sleep } from 'node:timers/promises';

export type FixQuality = 'none' | '2d' | '3d';

export interface CollarStatus {
  collarId: string;
  fix: FixQuality;
  lat: number;
  lon: number;
  batteryPct: number;
  reportedAt: number;
}

export interface HerdMember {
  name: string;
  collarId: string;
  pasture: string;
}

declare const collarGateway: {
  status(collarId: string): Promise<CollarStatus>;
  wake(collarId: string): Promise<void>;
};
declare const herdMap: { plot(name: string, lat: number, lon: number): void };

export class CollarTracker {
  constructor(
    private readonly pollIntervalMs = 5_000,
    private readonly fixTimeoutMs = 120_000,
  ) {}

  async waitForFix(collarId: string): Promise<CollarStatus> {
    await collarGateway.wake(collarId);
    const deadline = Date.now() + this.fixTimeoutMs;
    const pending = collarGateway.status(collarId);

    while (Date.now() < deadline) {
      const status = await pending;
      if (status.fix === '3d') return status;
      if (status.batteryPct < 5) {
        throw new Error(`collar ${collarId} battery at ${status.batteryPct}% - no fix possible`);
      }
      await sleep(this.pollIntervalMs);
    }
    throw new Error(`collar ${collarId} had no 3D fix within ${this.fixTimeoutMs / 1000}s`);
  }

  async locateHerd(members: HerdMember[]): Promise<Map<string, CollarStatus>> {
    const located = new Map<string, CollarStatus>();
    const missing: string[] = [];
    for (const member of members) {
      try {
        const status = await this.waitForFix(member.collarId);
        located.set(member.name, status);
        herdMap.plot(member.name, status.lat, status.lon);
      } catch {
        missing.push(member.name);
      }
    }
    if (missing.length > members.length / 2) {
      throw new Error(`more than half the herd unlocated: ${missing.join(', ')}`);
    }
    return located;
  }
}

export function spreadKm(statuses: Iterable<CollarStatus>): number {
  const points = [...statuses];
  let max = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dLat = (points[i].lat - points[j].lat) * 111;
      const dLon = (points[i].lon - points[j].lon) * 111 * Math.cos((points[i].lat * Math.PI) / 180);
      max = Math.max(max, Math.hypot(dLat, dLon));
    }
  }
  return max;
}
