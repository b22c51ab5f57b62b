// expect: no-reused-settled-promise
// waitForBuoySync requests the sync status once and then polls by re-awaiting that same settled promise, so it never sees the buoy finish syncing.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuoyReading {
  buoyId: string;
  salinityPsu: number;
  waterTempC: number;
  dissolvedO2: number;
  chlorophyllUgL: number;
  recordedAt: string;
}

export interface SyncStatus {
  jobId: string;
  state: 'queued' | 'transferring' | 'complete' | 'failed';
  recordsTransferred: number;
  error?: string;
}

declare const buoyGateway: {
  requestSync(buoyId: string, since: string): Promise<{ jobId: string }>;
  syncStatus(jobId: string): Promise<SyncStatus>;
  downloadReadings(jobId: string): Promise<BuoyReading[]>;
};

declare const hatcheryAlerts: {
  raise(level: 'info' | 'warning' | 'critical', message: string): Promise<void>;
};

const POLL_INTERVAL_MS = 3_000;
const SYNC_DEADLINE_MS = 5 * 60_000;

async function waitForBuoySync(jobId: string): Promise<SyncStatus> {
  const deadline = Date.now() + SYNC_DEADLINE_MS;
  const statusRequest = buoyGateway.syncStatus(jobId);

  while (Date.now() < deadline) {
    const status = await statusRequest;
    if (status.state === 'complete') return status;
    if (status.state === 'failed') {
      throw new Error(`buoy sync ${jobId} failed: ${status.error ?? 'unknown error'}`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new Error(`buoy sync ${jobId} did not finish within ${SYNC_DEADLINE_MS / 1000}s`);
}

function classify(reading: BuoyReading): 'ok' | 'warning' | 'critical' {
  if (reading.dissolvedO2 < 3 || reading.waterTempC > 26) return 'critical';
  if (reading.salinityPsu < 18 || reading.chlorophyllUgL > 25) return 'warning';
  return 'ok';
}

export async function syncLease(buoyIds: readonly string[], since: string): Promise<Map<string, BuoyReading[]>> {
  const byBuoy = new Map<string, BuoyReading[]>();

  for (const buoyId of buoyIds) {
    const { jobId } = await buoyGateway.requestSync(buoyId, since);
    const status = await waitForBuoySync(jobId);
    const readings = status.recordsTransferred > 0 ? await buoyGateway.downloadReadings(jobId) : [];
    byBuoy.set(buoyId, readings);

    const levels = new Set(readings.map(classify));
    const worst = levels.has('critical') ? 'critical' : levels.has('warning') ? 'warning' : 'ok';
    if (worst === 'critical') {
      const low = Math.min(...readings.map((r) => r.dissolvedO2));
      await hatcheryAlerts.raise('critical', `buoy ${buoyId}: dissolved oxygen fell to ${low.toFixed(1)} mg/L`);
    } else if (worst === 'warning') {
      await hatcheryAlerts.raise('warning', `buoy ${buoyId}: salinity or bloom outside comfort band`);
    }
  }

  return byBuoy;
}
