// expect: none
// The allSettled results are split by status and every rejected crane release is collected, logged and reported back to the caller.
export interface QuayCrane {
  id: string;
  releaseFromVessel(vesselImo: string): Promise<{ movesCompleted: number }>;
}

export interface BerthLog {
  info(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export interface ReleaseSummary {
  vesselImo: string;
  released: string[];
  failed: Array<{ craneId: string; reason: string }>;
  totalMoves: number;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function releaseCranesFromVessel(
  vesselImo: string,
  cranes: QuayCrane[],
  log: BerthLog,
): Promise<ReleaseSummary> {
  const results = await Promise.allSettled(cranes.map((c) => c.releaseFromVessel(vesselImo)));

  const summary: ReleaseSummary = { vesselImo, released: [], failed: [], totalMoves: 0 };

  results.forEach((result, i) => {
    const crane = cranes[i];
    if (result.status === 'fulfilled') {
      summary.released.push(crane.id);
      summary.totalMoves += result.value.movesCompleted;
    } else {
      const reason = describeReason(result.reason);
      summary.failed.push({ craneId: crane.id, reason });
      log.error('crane release failed', { vesselImo, craneId: crane.id, reason });
    }
  });

  log.info('vessel release finished', {
    vesselImo,
    released: summary.released.length,
    failed: summary.failed.length,
    totalMoves: summary.totalMoves,
  });

  return summary;
}

export function canDepart(summary: ReleaseSummary): boolean {
  return summary.failed.length === 0;
}

export function departureBlockers(summary: ReleaseSummary): string {
  if (summary.failed.length === 0) return 'none';
  return summary.failed.map((f) => `${f.craneId}: ${f.reason}`).join('; ');
}
