// expect: none
// Each Promise.allSettled result is narrowed on status before .value or .reason is read, and failures are reported separately.
interface HutBeacon {
  hutId: string;
  lake: string;
  occupants: number;
  heaterOn: boolean;
  lastPing: string;
}

interface LakeSummary {
  lake: string;
  huts: number;
  occupants: number;
  heatersOn: number;
  unreachable: string[];
}

declare const beaconGateway: {
  ping(hutId: string): Promise<HutBeacon>;
};

declare const lakeRegistry: {
  hutsOn(lake: string): Promise<string[]>;
};

declare const alerts: {
  unreachableHuts(lake: string, huts: Array<{ hutId: string; error: string }>): Promise<void>;
};

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : 'unknown error';
}

export async function summariseLake(lake: string): Promise<LakeSummary> {
  const hutIds = await lakeRegistry.hutsOn(lake);
  const settled = await Promise.allSettled(hutIds.map((id) => beaconGateway.ping(id)));

  const beacons: HutBeacon[] = [];
  const failures: Array<{ hutId: string; error: string }> = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      beacons.push(result.value);
    } else {
      failures.push({ hutId: hutIds[i], error: describeError(result.reason) });
    }
  });

  if (failures.length > 0) {
    await alerts.unreachableHuts(lake, failures);
  }

  return {
    lake,
    huts: hutIds.length,
    occupants: beacons.reduce((n, b) => n + b.occupants, 0),
    heatersOn: beacons.filter((b) => b.heaterOn).length,
    unreachable: failures.map((f) => f.hutId),
  };
}

export async function summariseLakes(lakes: string[]): Promise<LakeSummary[]> {
  const results = await Promise.allSettled(lakes.map((lake) => summariseLake(lake)));
  const summaries: LakeSummary[] = [];
  for (const r of results) {
    if (r.status === 'rejected') {
      throw new Error(`lake summary failed: ${describeError(r.reason)}`, { cause: r.reason });
    }
    summaries.push(r.value);
  }
  return summaries.sort((a, b) => b.occupants - a.occupants);
}

export function overcrowded(summary: LakeSummary, perHutLimit = 4): boolean {
  const reachable = summary.huts - summary.unreachable.length;
  return reachable > 0 && summary.occupants / reachable > perHutLimit;
}
