// expect: none
// Continuity checks run through Promise.allSettled and every result is branched on status before .value or .reason is read.
export interface Cue {
  cueId: string;
  rackId: string;
  channel: number;
  fireAtMs: number;
  shell: string;
}

export interface ContinuityResult {
  rackId: string;
  channel: number;
  ohms: number;
}

export interface PreShowReport {
  ready: Cue[];
  openCircuits: Cue[];
  unreachableRacks: Array<{ rackId: string; reason: string }>;
}

declare const firingSystem: {
  continuity(rackId: string): Promise<ContinuityResult[]>;
};

const MAX_IGNITER_OHMS = 4.5;

function groupByRack(cues: Cue[]): Map<string, Cue[]> {
  const byRack = new Map<string, Cue[]>();
  for (const cue of cues) {
    const list = byRack.get(cue.rackId) ?? [];
    list.push(cue);
    byRack.set(cue.rackId, list);
  }
  return byRack;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function preShowCheck(cues: Cue[]): Promise<PreShowReport> {
  const byRack = groupByRack(cues);
  const rackIds = [...byRack.keys()];
  const results = await Promise.allSettled(rackIds.map((id) => firingSystem.continuity(id)));

  const report: PreShowReport = { ready: [], openCircuits: [], unreachableRacks: [] };
  results.forEach((result, i) => {
    const rackId = rackIds[i];
    const rackCues = byRack.get(rackId) ?? [];

    if (result.status === 'rejected') {
      report.unreachableRacks.push({ rackId, reason: describeReason(result.reason) });
      report.openCircuits.push(...rackCues);
      return;
    }

    const ohmsByChannel = new Map(result.value.map((r) => [r.channel, r.ohms]));
    for (const cue of rackCues) {
      const ohms = ohmsByChannel.get(cue.channel);
      if (ohms !== undefined && ohms <= MAX_IGNITER_OHMS) report.ready.push(cue);
      else report.openCircuits.push(cue);
    }
  });

  report.ready.sort((a, b) => a.fireAtMs - b.fireAtMs);
  return report;
}

export function goNoGo(report: PreShowReport, toleratedOpenPct = 2): { go: boolean; summary: string } {
  const total = report.ready.length + report.openCircuits.length;
  const openPct = total === 0 ? 0 : (report.openCircuits.length / total) * 100;
  const go = report.unreachableRacks.length === 0 && openPct <= toleratedOpenPct;
  const summary =
    `${report.ready.length}/${total} cues ready, ${openPct.toFixed(1)}% open` +
    (report.unreachableRacks.length > 0
      ? `; unreachable: ${report.unreachableRacks.map((r) => r.rackId).join(', ')}`
      : '');
  return { go, summary };
}
