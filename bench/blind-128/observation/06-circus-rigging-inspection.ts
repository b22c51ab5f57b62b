// expect: none
// The allSettled results are split into passes and failures, with every rejection's reason recorded in the report and failing the inspection, so no rejected check is ignored.
export interface RiggingPoint {
  id: string;
  kind: 'shackle' | 'swivel' | 'span-set' | 'beam-clamp';
  wllKg: number;
  lastCertified: string;
}

export interface LoadCell {
  measure(pointId: string): Promise<{ staticKg: number; dynamicPeakKg: number }>;
}

export interface InspectionLog {
  record(entry: { pointId: string; ok: boolean; detail: string }): Promise<void>;
}

export interface InspectionOutcome {
  passed: string[];
  failed: { pointId: string; reason: string }[];
  cleared: boolean;
}

const CERT_MAX_AGE_DAYS = 180;

async function checkPoint(cell: LoadCell, point: RiggingPoint, now: Date): Promise<string> {
  const age = (now.getTime() - new Date(point.lastCertified).getTime()) / 86_400_000;
  if (age > CERT_MAX_AGE_DAYS) {
    throw new Error(`certificate expired ${Math.floor(age - CERT_MAX_AGE_DAYS)} days ago`);
  }
  const { dynamicPeakKg } = await cell.measure(point.id);
  if (dynamicPeakKg * 1.5 > point.wllKg) {
    throw new Error(`dynamic peak ${dynamicPeakKg}kg leaves no margin on WLL ${point.wllKg}kg`);
  }
  return point.id;
}

export async function inspectRig(
  cell: LoadCell,
  log: InspectionLog,
  points: RiggingPoint[],
  now = new Date(),
): Promise<InspectionOutcome> {
  const results = await Promise.allSettled(points.map((p) => checkPoint(cell, p, now)));

  const passed: string[] = [];
  const failed: { pointId: string; reason: string }[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      passed.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failed.push({ pointId: points[i].id, reason });
    }
  });

  for (const id of passed) {
    await log.record({ pointId: id, ok: true, detail: 'within margin' });
  }
  for (const f of failed) {
    await log.record({ pointId: f.pointId, ok: false, detail: f.reason });
  }

  return { passed, failed, cleared: failed.length === 0 };
}

export function summarise(outcome: InspectionOutcome): string {
  if (outcome.cleared) return `Rig cleared: ${outcome.passed.length} points OK`;
  const lines = outcome.failed.map((f) => `  ✗ ${f.pointId}: ${f.reason}`);
  return [`Rig NOT cleared (${outcome.failed.length} failing):`, ...lines].join('\n');
}
