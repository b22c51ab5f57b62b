// expect: no-read-before-settle
// Inside the loop, reports.get(segment.id) is read right after starting the measurement whose .then() fills the map, so the rework list is always empty.
export interface Segment {
  id: string;
  street: string;
  fromM: number;
  toM: number;
  pattern: 'running-bond' | 'fan' | 'herringbone';
}

export interface GradeReport {
  segmentId: string;
  maxDeviationMm: number;
  meanSlopePct: number;
  loosePavers: number;
}

export interface InspectionResult {
  measured: number;
  rework: string[];
  reports: GradeReport[];
}

declare const laserLevel: {
  measure(segmentId: string, fromM: number, toM: number): Promise<GradeReport>;
};

declare const worksDb: {
  saveReports(reports: GradeReport[]): Promise<void>;
  openRework(segmentIds: string[], reason: string): Promise<void>;
};

const TOLERANCE_MM: Record<Segment['pattern'], number> = {
  'running-bond': 6,
  fan: 8,
  herringbone: 5,
};

function needsRework(segment: Segment, report: GradeReport): boolean {
  if (report.loosePavers > 2) return true;
  if (report.meanSlopePct > 2.5) return true;
  return report.maxDeviationMm > TOLERANCE_MM[segment.pattern];
}

export async function inspectStreet(segments: Segment[], maxParallel = 3): Promise<InspectionResult> {
  const reports = new Map<string, GradeReport>();
  const rework: string[] = [];

  for (let i = 0; i < segments.length; i += maxParallel) {
    const wave = segments.slice(i, i + maxParallel);
    const measuring: Promise<void>[] = [];
    for (const segment of wave) {
      measuring.push(
        laserLevel.measure(segment.id, segment.fromM, segment.toM).then((report) => {
          reports.set(segment.id, report);
        }),
      );
      const report = reports.get(segment.id);
      if (report && needsRework(segment, report)) {
        rework.push(segment.id);
      }
    }
    await Promise.all(measuring);
  }

  const all = [...reports.values()];
  await worksDb.saveReports(all);
  if (rework.length > 0) {
    await worksDb.openRework(rework, 'grade outside tolerance after laying');
  }
  return { measured: all.length, rework, reports: all };
}

export function summarize(result: InspectionResult): string {
  if (result.measured === 0) return 'no segments measured';
  const worst = result.reports.reduce((a, b) => (b.maxDeviationMm > a.maxDeviationMm ? b : a));
  return (
    `${result.measured} segments measured, ${result.rework.length} need rework; ` +
    `worst deviation ${worst.maxDeviationMm.toFixed(1)}mm on ${worst.segmentId}`
  );
}
