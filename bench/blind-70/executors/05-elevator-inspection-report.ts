// expect: no-multiple-settle
// bug: the write-stream executor resolves on 'finish' but never listens for 'error', so a failed write (disk full, EACCES) leaves the promise pending forever.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface InspectionFinding {
  component: 'hoist-rope' | 'governor' | 'brake' | 'door-lock' | 'buffer' | 'controller';
  severity: 'pass' | 'advisory' | 'defect' | 'shutdown';
  note: string;
}

export interface InspectionVisit {
  elevatorId: string;
  building: string;
  crew: string[];
  visitedAt: Date;
  findings: InspectionFinding[];
}

declare const certificateStore: {
  markPending(elevatorId: string, reportPath: string): Promise<void>;
};

const REPORT_ROOT = '/var/lib/lift-inspections/reports';

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function worstSeverity(findings: InspectionFinding[]): InspectionFinding['severity'] {
  const order: InspectionFinding['severity'][] = ['pass', 'advisory', 'defect', 'shutdown'];
  return findings.reduce<InspectionFinding['severity']>(
    (worst, f) => (order.indexOf(f.severity) > order.indexOf(worst) ? f.severity : worst),
    'pass',
  );
}

function writeReport(path: string, visit: InspectionVisit): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(path, { encoding: 'utf8', flags: 'wx' });
    let rows = 0;

    out.write('elevator,building,visited_at,component,severity,note\n');
    for (const finding of visit.findings) {
      out.write(
        [
          visit.elevatorId,
          csvCell(visit.building),
          visit.visitedAt.toISOString(),
          finding.component,
          finding.severity,
          csvCell(finding.note),
        ].join(',') + '\n',
      );
      rows += 1;
    }
    out.end(`# crew: ${visit.crew.join(' / ')}\n`);
    out.on('finish', () => resolve(rows));
  });
}

export async function fileInspectionReport(visit: InspectionVisit): Promise<{
  path: string;
  rows: number;
  outcome: InspectionFinding['severity'];
}> {
  const day = visit.visitedAt.toISOString().slice(0, 10);
  const dir = join(REPORT_ROOT, day);
  await mkdir(dir, { recursive: true });

  const path = join(dir, `${visit.elevatorId}.csv`);
  const rows = await writeReport(path, visit);
  const outcome = worstSeverity(visit.findings);

  if (outcome === 'defect' || outcome === 'shutdown') {
    await certificateStore.markPending(visit.elevatorId, path);
  }
  return { path, rows, outcome };
}
