// expect: none
// Every Promise.allSettled result is narrowed on status before .value or .reason is read.
export interface GateHeartbeat {
  gateId: string;
  firmware: string;
  readerOk: boolean;
  flapCycles: number;
  lastTapAt: string | null;
}

export interface StationHealth {
  station: string;
  healthy: GateHeartbeat[];
  degraded: Array<{ gateId: string; issue: string }>;
  unreachable: Array<{ gateId: string; error: string }>;
}

declare const stationMap: {
  gatesAt(station: string): Promise<string[]>;
};

declare const gateNet: {
  heartbeat(gateId: string): Promise<GateHeartbeat>;
};

declare const maintenance: {
  openTicket(gateId: string, summary: string): Promise<string>;
};

const FLAP_SERVICE_CYCLES = 1_500_000;

function issueWith(hb: GateHeartbeat, now: number): string | null {
  if (!hb.readerOk) return 'card reader fault';
  if (hb.flapCycles > FLAP_SERVICE_CYCLES) return `flap service due (${hb.flapCycles} cycles)`;
  if (hb.lastTapAt && now - Date.parse(hb.lastTapAt) > 6 * 3600 * 1000) return 'no taps in 6 hours';
  return null;
}

export async function stationHealth(station: string, now = Date.now()): Promise<StationHealth> {
  const gateIds = await stationMap.gatesAt(station);
  const results = await Promise.allSettled(gateIds.map((id) => gateNet.heartbeat(id)));

  const report: StationHealth = { station, healthy: [], degraded: [], unreachable: [] };
  results.forEach((result, i) => {
    const gateId = gateIds[i];
    if (result.status === 'rejected') {
      const error = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.unreachable.push({ gateId, error });
      return;
    }
    const issue = issueWith(result.value, now);
    if (issue) report.degraded.push({ gateId, issue });
    else report.healthy.push(result.value);
  });
  return report;
}

export async function raiseTickets(health: StationHealth): Promise<string[]> {
  const summaries = [
    ...health.degraded.map((d) => ({ gateId: d.gateId, summary: `${health.station}: ${d.issue}` })),
    ...health.unreachable.map((u) => ({ gateId: u.gateId, summary: `${health.station}: unreachable (${u.error})` })),
  ];
  const outcomes = await Promise.allSettled(summaries.map((s) => maintenance.openTicket(s.gateId, s.summary)));

  const ticketIds = outcomes
    .filter((o): o is PromiseFulfilledResult<string> => o.status === 'fulfilled')
    .map((o) => o.value);
  const failures = outcomes.filter((o) => o.status === 'rejected').length;
  if (failures > 0 && ticketIds.length === 0) {
    throw new Error(`could not open any of ${failures} maintenance tickets for ${health.station}`);
  }
  return ticketIds;
}
