// expect: none
// Every allSettled outcome is split on status: rejected prechecks are collected with their reasons, alerted and excluded, and only fulfilled results are used as ready machines.
export interface Zamboni {
  id: string;
  rink: string;
  hoursSinceService: number;
}

export interface PrecheckResult {
  machineId: string;
  bladeMm: number;
  waterTankLitres: number;
  batteryPct: number;
}

export interface Diagnostics {
  precheck(machine: Zamboni): Promise<PrecheckResult>;
}

export interface AlertChannel {
  raise(summary: string, details: Array<{ machineId: string; reason: string }>): Promise<void>;
}

export interface FleetStatus {
  ready: PrecheckResult[];
  failed: Array<{ machineId: string; reason: string }>;
  needsBlade: string[];
}

function describeReason(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

export async function precheckFleet(
  machines: Zamboni[],
  diagnostics: Diagnostics,
  alerts: AlertChannel,
): Promise<FleetStatus> {
  const results = await Promise.allSettled(machines.map((m) => diagnostics.precheck(m)));

  const ready: PrecheckResult[] = [];
  const failed: FleetStatus['failed'] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      ready.push(result.value);
    } else {
      failed.push({ machineId: machines[i].id, reason: describeReason(result.reason) });
    }
  });

  if (failed.length > 0) {
    await alerts.raise(`${failed.length} of ${machines.length} resurfacers failed precheck`, failed);
  }

  return {
    ready: ready.filter((r) => r.batteryPct >= 40 && r.waterTankLitres >= 300),
    failed,
    needsBlade: ready.filter((r) => r.bladeMm < 3.5).map((r) => r.machineId),
  };
}

export function overdueForService(machines: Zamboni[], limitHours = 250): string[] {
  return machines.filter((m) => m.hoursSinceService > limitHours).map((m) => `${m.id} (${m.rink})`);
}
