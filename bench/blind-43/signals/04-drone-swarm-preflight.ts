// expect: no-swallowed-abort
// An AbortError from the diagnostics call is turned into a 'skipped' result, which the arming gate does not count as a failure.
export interface Diagnostics {
  droneId: string;
  batteryPercent: number;
  gpsSatellites: number;
  imuCalibrated: boolean;
  firmware: string;
}

export interface DroneCheck {
  droneId: string;
  status: 'ready' | 'failed' | 'skipped';
  issues: string[];
}

export interface PreflightReport {
  showId: string;
  ready: number;
  failed: DroneCheck[];
  skipped: number;
}

declare const fleetApi: {
  runDiagnostics(droneId: string, options: { signal?: AbortSignal }): Promise<Diagnostics>;
  arm(showId: string, droneIds: string[], options: { signal?: AbortSignal }): Promise<void>;
};

const REQUIRED_FIRMWARE = '4.12';

function evaluate(diag: Diagnostics): DroneCheck {
  const issues: string[] = [];
  if (diag.batteryPercent < 85) issues.push(`battery ${diag.batteryPercent}%`);
  if (diag.gpsSatellites < 10) issues.push(`only ${diag.gpsSatellites} satellites`);
  if (!diag.imuCalibrated) issues.push('IMU not calibrated');
  if (!diag.firmware.startsWith(REQUIRED_FIRMWARE)) issues.push(`firmware ${diag.firmware}`);
  return { droneId: diag.droneId, status: issues.length ? 'failed' : 'ready', issues };
}

async function checkDrone(droneId: string, signal: AbortSignal): Promise<DroneCheck> {
  try {
    return evaluate(await fleetApi.runDiagnostics(droneId, { signal }));
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return { droneId, status: 'skipped', issues: [] };
    }
    return { droneId, status: 'failed', issues: [err instanceof Error ? err.message : String(err)] };
  }
}

export async function runPreflight(
  showId: string,
  droneIds: string[],
  signal: AbortSignal,
  concurrency = 16,
): Promise<PreflightReport> {
  const checks: DroneCheck[] = [];
  for (let i = 0; i < droneIds.length; i += concurrency) {
    const batch = droneIds.slice(i, i + concurrency);
    checks.push(...(await Promise.all(batch.map((id) => checkDrone(id, signal)))));
  }
  return {
    showId,
    ready: checks.filter((c) => c.status === 'ready').length,
    failed: checks.filter((c) => c.status === 'failed'),
    skipped: checks.filter((c) => c.status === 'skipped').length,
  };
}

export async function preflightAndArm(showId: string, droneIds: string[], signal: AbortSignal): Promise<PreflightReport> {
  const report = await runPreflight(showId, droneIds, signal);
  if (report.failed.length > droneIds.length * 0.02) {
    throw new Error(`${report.failed.length} drones failed preflight for ${showId}`);
  }
  const failedIds = new Set(report.failed.map((c) => c.droneId));
  await fleetApi.arm(
    showId,
    droneIds.filter((id) => !failedIds.has(id)),
    { signal },
  );
  return report;
}
