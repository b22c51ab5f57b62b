// expect: none
// The spawn wrapper listens for both 'error' and 'close' and funnels them through a settled guard, so it settles exactly once even when both fire.
import { spawn } from 'node:child_process';

export interface TrackerStatus {
  unitId: string;
  firmware: string;
  satellites: number;
  batteryPct: number;
}

export interface RentalBuggy {
  plate: string;
  trackerUnit: string;
  returnedAt: Date | null;
}

declare const fleetDb: {
  buggiesDueForCheck(): Promise<RentalBuggy[]>;
  markTrackerHealthy(plate: string, status: TrackerStatus): Promise<void>;
  openTicket(plate: string, summary: string): Promise<void>;
};

const TRACKER_CLI = process.env.BUGGY_TRACKER_CLI ?? '/usr/local/bin/buggy-tracker';

function parseStatus(unitId: string, stdout: string): TrackerStatus {
  const fields = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const idx = line.indexOf('=');
    if (idx > 0) fields.set(line.slice(0, idx).trim(), line.slice(idx + 1).trim());
  }
  return {
    unitId,
    firmware: fields.get('fw') ?? 'unknown',
    satellites: Number(fields.get('sats') ?? 0),
    batteryPct: Number(fields.get('batt') ?? 0),
  };
}

export function resetTracker(unitId: string): Promise<TrackerStatus> {
  return new Promise<TrackerStatus>((resolve, reject) => {
    const child = spawn(TRACKER_CLI, ['--unit', unitId, 'reset', '--report'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;

    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      action();
    };

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => settle(() => reject(err)));
    child.once('close', (code, signal) => {
      settle(() => {
        if (code === 0) {
          resolve(parseStatus(unitId, stdout));
        } else {
          const why = signal ? `signal ${signal}` : `exit code ${code}`;
          reject(new Error(`tracker reset for ${unitId} failed (${why}): ${stderr.trim()}`));
        }
      });
    });
  });
}

export async function checkReturnedFleet(): Promise<{ healthy: number; ticketed: number }> {
  const buggies = await fleetDb.buggiesDueForCheck();
  let healthy = 0;
  let ticketed = 0;

  for (const buggy of buggies) {
    if (!buggy.returnedAt) continue;
    try {
      const status = await resetTracker(buggy.trackerUnit);
      if (status.satellites < 4 || status.batteryPct < 20) {
        await fleetDb.openTicket(buggy.plate, `tracker weak: ${status.satellites} sats, ${status.batteryPct}% battery`);
        ticketed += 1;
      } else {
        await fleetDb.markTrackerHealthy(buggy.plate, status);
        healthy += 1;
      }
    } catch (err) {
      await fleetDb.openTicket(buggy.plate, `tracker reset failed: ${(err as Error).message}`);
      ticketed += 1;
    }
  }

  return { healthy, ticketed };
}
