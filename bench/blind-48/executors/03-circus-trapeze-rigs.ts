// expect: no-multiple-settle
// Bug: the stream 'error' handler only logs, so a failed report write leaves the returned promise pending forever.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface RigInspection {
  rigId: string;
  inspector: string;
  cableWearPct: number;
  shackleTorqueNm: number;
  safetyNetTension: 'ok' | 'slack' | 'overtight';
  inspectedAt: Date;
}

declare const riggingLog: {
  error(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
};

const CABLE_WEAR_LIMIT_PCT = 12;
const MIN_SHACKLE_TORQUE_NM = 40;

const HEADER = 'rig_id,inspector,cable_wear_pct,shackle_torque_nm,net_tension,inspected_at,verdict\n';

function csvEscape(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function verdictFor(inspection: RigInspection): 'pass' | 'fail' {
  if (inspection.cableWearPct >= CABLE_WEAR_LIMIT_PCT) return 'fail';
  if (inspection.shackleTorqueNm < MIN_SHACKLE_TORQUE_NM) return 'fail';
  return inspection.safetyNetTension === 'ok' ? 'pass' : 'fail';
}

function toCsvRow(inspection: RigInspection): string {
  return [
    csvEscape(inspection.rigId),
    csvEscape(inspection.inspector),
    inspection.cableWearPct.toFixed(1),
    inspection.shackleTorqueNm.toFixed(0),
    inspection.safetyNetTension,
    inspection.inspectedAt.toISOString(),
    verdictFor(inspection),
  ].join(',') + '\n';
}

export function writeInspectionReport(dir: string, showDate: string, inspections: RigInspection[]): Promise<string> {
  const path = join(dir, `trapeze-inspection-${showDate}.csv`);

  return new Promise<string>((resolve) => {
    const out = createWriteStream(path, { flags: 'wx', encoding: 'utf8' });

    out.on('error', (err) => {
      riggingLog.error('could not write inspection report', { path, message: err.message });
    });

    out.on('finish', () => {
      riggingLog.info('inspection report written', { path, rows: inspections.length });
      resolve(path);
    });

    out.write(HEADER);
    for (const inspection of inspections) {
      out.write(toCsvRow(inspection));
    }
    out.end();
  });
}

export async function certifyRigsForShow(
  dir: string,
  showDate: string,
  inspections: RigInspection[],
): Promise<{ reportPath: string; grounded: string[] }> {
  const grounded = inspections.filter((i) => verdictFor(i) === 'fail').map((i) => i.rigId);
  const reportPath = await writeInspectionReport(dir, showDate, inspections);
  return { reportPath, grounded };
}
