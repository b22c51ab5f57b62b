// expect: none
// The allSettled results are split on status before any value or reason is read, and the firmware lookup has a catch attached the moment it is started.
export interface CutterStatus {
  cutterId: string;
  bladeWearPct: number;
  waterJetBar: number;
  tilesToday: number;
}

export interface FleetSummary {
  online: CutterStatus[];
  offline: Array<{ cutterId: string; reason: string }>;
  bladesToReplace: string[];
  firmware: string;
}

declare const cutters: { status(cutterId: string): Promise<CutterStatus> };
declare const firmwareRepo: { latestVersion(): Promise<string> };
declare const studioDb: { cutterIds(studio: string): Promise<string[]> };
declare const pager: { notify(text: string): Promise<void> };

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : 'unknown failure';
}

export async function fleetStatus(studio: string): Promise<FleetSummary> {
  const firmware = firmwareRepo.latestVersion().catch(() => 'unknown');
  const ids = await studioDb.cutterIds(studio);
  const results = await Promise.allSettled(ids.map((id) => cutters.status(id)));

  const online: CutterStatus[] = [];
  const offline: FleetSummary['offline'] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      online.push(result.value);
    } else {
      offline.push({ cutterId: ids[i], reason: describeReason(result.reason) });
    }
  });

  const bladesToReplace = online.filter((s) => s.bladeWearPct >= 85).map((s) => s.cutterId);
  return { online, offline, bladesToReplace, firmware: await firmware };
}

export async function morningCheck(studio: string): Promise<FleetSummary> {
  const summary = await fleetStatus(studio);
  const lowPressure = summary.online.filter((s) => s.waterJetBar < 2800);

  const lines: string[] = [];
  if (summary.offline.length > 0) {
    lines.push(`offline: ${summary.offline.map((o) => `${o.cutterId} (${o.reason})`).join(', ')}`);
  }
  if (summary.bladesToReplace.length > 0) {
    lines.push(`replace blades: ${summary.bladesToReplace.join(', ')}`);
  }
  if (lowPressure.length > 0) {
    lines.push(`low jet pressure: ${lowPressure.map((s) => s.cutterId).join(', ')}`);
  }
  if (lines.length > 0) {
    await pager.notify(`[${studio}] ${lines.join(' | ')}`);
  }
  return summary;
}
