// expect: none
// The fallback path checks for an abort first and rethrows it; only genuine transport errors are turned into a degraded reading.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ResurfacerTelemetry {
  machineId: string;
  waterTankPct: number;
  snowTankPct: number;
  bladeHours: number;
  batteryPct: number;
  iceTempC: number;
}

export interface TelemetryResult {
  telemetry?: ResurfacerTelemetry;
  degraded: boolean;
  reason?: string;
}

declare const arenaNetwork: {
  readTelemetry(machineId: string, opts: { signal: AbortSignal }): Promise<ResurfacerTelemetry>;
};

declare const maintenance: {
  openTicket(machineId: string, issue: string, opts: { signal: AbortSignal }): Promise<void>;
};

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === 'AbortError');
}

export async function readResurfacer(machineId: string, signal: AbortSignal): Promise<TelemetryResult> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const telemetry = await arenaNetwork.readTelemetry(machineId, { signal });
      return { telemetry, degraded: false };
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      if (attempt === 3) {
        return { degraded: true, reason: err instanceof Error ? err.message : String(err) };
      }
      await sleep(250 * attempt, undefined, { signal });
    }
  }
  return { degraded: true, reason: 'unreachable' };
}

export function issuesFor(t: ResurfacerTelemetry): string[] {
  const issues: string[] = [];
  if (t.waterTankPct < 30) issues.push('water tank below 30%');
  if (t.snowTankPct > 85) issues.push('snow tank nearly full');
  if (t.bladeHours > 40) issues.push('blade due for sharpening');
  if (t.batteryPct < 25) issues.push('battery low');
  if (t.iceTempC > -3.5) issues.push('ice too warm for a clean cut');
  return issues;
}

export async function preflight(machineIds: string[], signal: AbortSignal): Promise<Map<string, string[]>> {
  const report = new Map<string, string[]>();
  for (const machineId of machineIds) {
    const result = await readResurfacer(machineId, signal);
    if (result.degraded || !result.telemetry) {
      report.set(machineId, [`telemetry unavailable: ${result.reason ?? 'unknown'}`]);
      continue;
    }
    const issues = issuesFor(result.telemetry);
    if (issues.some((i) => i.startsWith('blade'))) {
      await maintenance.openTicket(machineId, 'blade sharpening', { signal });
    }
    report.set(machineId, issues);
  }
  return report;
}
