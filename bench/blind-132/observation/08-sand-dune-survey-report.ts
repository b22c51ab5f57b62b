// expect: none
// Every allSettled result is inspected: fulfilled transects are aggregated and rejected ones are collected with their reasons and reported as failures.
export interface TransectSurvey {
  transectId: string;
  crestHeightM: number;
  marramCoverPct: number;
  blowouts: number;
}

export interface SurveyDrone {
  flyTransect(transectId: string): Promise<TransectSurvey>;
}

export interface DuneReport {
  surveyed: TransectSurvey[];
  failed: Array<{ transectId: string; reason: string }>;
  meanCoverPct: number;
  needsFencing: string[];
  complete: boolean;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function surveyDuneSystem(drone: SurveyDrone, transectIds: readonly string[]): Promise<DuneReport> {
  const results = await Promise.allSettled(transectIds.map((id) => drone.flyTransect(id)));

  const surveyed: TransectSurvey[] = [];
  const failed: DuneReport['failed'] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      surveyed.push(result.value);
    } else {
      failed.push({ transectId: transectIds[i], reason: describeReason(result.reason) });
    }
  });

  const meanCoverPct = surveyed.length
    ? surveyed.reduce((sum, s) => sum + s.marramCoverPct, 0) / surveyed.length
    : 0;
  const needsFencing = surveyed
    .filter((s) => s.blowouts > 0 || s.marramCoverPct < 35)
    .map((s) => s.transectId);

  return { surveyed, failed, meanCoverPct, needsFencing, complete: failed.length === 0 };
}

export function formatReport(report: DuneReport): string {
  const lines = [
    `Transects surveyed: ${report.surveyed.length}`,
    `Mean marram cover: ${report.meanCoverPct.toFixed(1)}%`,
    `Fencing needed: ${report.needsFencing.join(', ') || 'none'}`,
  ];
  if (!report.complete) {
    lines.push(`INCOMPLETE - ${report.failed.length} transect(s) not flown:`);
    for (const f of report.failed) lines.push(`  ${f.transectId}: ${f.reason}`);
  }
  return lines.join('\n');
}

export async function surveyWithRetry(drone: SurveyDrone, transectIds: readonly string[]): Promise<DuneReport> {
  const first = await surveyDuneSystem(drone, transectIds);
  if (first.complete) return first;
  const second = await surveyDuneSystem(drone, first.failed.map((f) => f.transectId));
  return {
    surveyed: [...first.surveyed, ...second.surveyed],
    failed: second.failed,
    meanCoverPct:
      (first.meanCoverPct * first.surveyed.length + second.meanCoverPct * second.surveyed.length) /
      Math.max(1, first.surveyed.length + second.surveyed.length),
    needsFencing: [...first.needsFencing, ...second.needsFencing],
    complete: second.complete,
  };
}
