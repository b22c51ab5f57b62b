// expect: none
// The preflight uses allSettled and checks each result's status before reading value or reason, so failed drones are grounded, not misread.
export interface PreflightStatus {
  droneId: number;
  batteryPct: number;
  gpsSatellites: number;
  firmware: string;
  propellerCheck: boolean;
}

export interface PreflightSummary {
  ready: number[];
  grounded: Array<{ droneId: number; reason: string }>;
  spares: number[];
}

declare const fleet: {
  assigned(showId: string): Promise<number[]>;
  spares(showId: string): Promise<number[]>;
  preflight(droneId: number): Promise<PreflightStatus>;
};

const MIN_BATTERY = 92;
const MIN_SATS = 12;
const REQUIRED_FIRMWARE = /^4\.(1[2-9]|[2-9]\d)\./;

function problem(status: PreflightStatus): string | undefined {
  if (status.batteryPct < MIN_BATTERY) return `battery ${status.batteryPct}%`;
  if (status.gpsSatellites < MIN_SATS) return `only ${status.gpsSatellites} satellites`;
  if (!REQUIRED_FIRMWARE.test(status.firmware)) return `firmware ${status.firmware}`;
  if (!status.propellerCheck) return 'propeller check failed';
  return undefined;
}

export async function runPreflight(showId: string): Promise<PreflightSummary> {
  const [assigned, spareIds] = await Promise.all([fleet.assigned(showId), fleet.spares(showId)]);
  const results = await Promise.allSettled(assigned.map((id) => fleet.preflight(id)));

  const summary: PreflightSummary = { ready: [], grounded: [], spares: [] };
  results.forEach((result, i) => {
    const droneId = assigned[i];
    if (result.status === 'rejected') {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      summary.grounded.push({ droneId, reason: `no telemetry: ${reason}` });
      return;
    }
    const issue = problem(result.value);
    if (issue) summary.grounded.push({ droneId, reason: issue });
    else summary.ready.push(droneId);
  });

  if (summary.grounded.length > 0 && spareIds.length > 0) {
    const spareResults = await Promise.allSettled(
      spareIds.slice(0, summary.grounded.length).map((id) => fleet.preflight(id)),
    );
    for (const r of spareResults) {
      if (r.status === 'fulfilled' && problem(r.value) === undefined) summary.spares.push(r.value.droneId);
    }
  }
  return summary;
}

export function formationFeasible(summary: PreflightSummary, required: number): boolean {
  return summary.ready.length + summary.spares.length >= required;
}
