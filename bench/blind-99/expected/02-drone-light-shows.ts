// expect: none
// Each step is a function handed to withRetry, which calls it afresh on every attempt, and the two pre-flight checks are called before being given to Promise.all, so nothing is awaited as a bare function or a spent promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DroneFleet {
  syncClocks(): Promise<number>;
  uploadPaths(showId: string): Promise<void>;
  arm(): Promise<string[]>;
  checkGeofence(showId: string): Promise<boolean>;
}

export interface PreflightReport {
  showId: string;
  clockDriftMs: number;
  armed: string[];
}

export async function withRetry<T>(label: string, attempt: () => Promise<T>, tries = 3, delayMs = 1_000): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries) await sleep(delayMs * i);
    }
  }
  throw new Error(`${label} failed after ${tries} attempts`, { cause: lastError });
}

export class Preflight {
  constructor(private readonly fleet: DroneFleet) {}

  async run(showId: string): Promise<PreflightReport> {
    const [clockDriftMs, insideGeofence] = await Promise.all([
      withRetry('clock sync', () => this.fleet.syncClocks()),
      this.fleet.checkGeofence(showId),
    ]);
    if (!insideGeofence) throw new Error(`show ${showId} choreography leaves the geofence`);
    if (clockDriftMs > 20) throw new Error(`clock drift ${clockDriftMs}ms exceeds 20ms`);

    await withRetry('path upload', () => this.fleet.uploadPaths(showId));
    const armed = await withRetry('arming', this.fleet.arm.bind(this.fleet), 2);
    return { showId, clockDriftMs, armed };
  }
}

export function countdownScript(report: PreflightReport, startAt: Date): string[] {
  const lines = [`Show ${report.showId}: ${report.armed.length} drones armed, drift ${report.clockDriftMs}ms`];
  for (let s = 10; s > 0; s--) {
    const at = new Date(startAt.getTime() - s * 1_000);
    lines.push(`${at.toISOString().slice(11, 19)}  T-${s}`);
  }
  lines.push(`${startAt.toISOString().slice(11, 19)}  LIFT OFF`);
  return lines;
}
