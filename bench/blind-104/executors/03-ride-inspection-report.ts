// expect: no-multiple-settle
// audit.record runs after resolve inside the same try, so when the audit log throws the catch calls reject on an already-resolved promise and the failed audit write is silently lost.
import { EventEmitter } from 'node:events';

export interface RideReport {
  rideId: string;
  inspector: string;
  restraintsOk: boolean;
  brakeWearMm: number;
  passed: boolean;
}

export interface AuditLog {
  record(rideId: string, passed: boolean, inspector: string): void;
}

/** Emits 'report' with the raw JSON typed on the inspector's tablet, and 'error'. */
export class InspectionTablet extends EventEmitter {}

const MIN_BRAKE_WEAR_MM = 2.5;

function parseReport(raw: string): RideReport {
  const data = JSON.parse(raw) as Partial<RideReport>;
  if (typeof data.rideId !== 'string' || typeof data.inspector !== 'string') {
    throw new Error('report is missing ride or inspector');
  }
  const brakeWearMm = Number(data.brakeWearMm);
  if (!Number.isFinite(brakeWearMm)) {
    throw new Error(`unreadable brake wear on ${data.rideId}`);
  }
  const restraintsOk = data.restraintsOk === true;
  return {
    rideId: data.rideId,
    inspector: data.inspector,
    restraintsOk,
    brakeWearMm,
    passed: restraintsOk && brakeWearMm >= MIN_BRAKE_WEAR_MM,
  };
}

export function awaitSignedReport(
  tablet: InspectionTablet,
  audit: AuditLog,
  rideId: string,
): Promise<RideReport> {
  return new Promise<RideReport>((resolve, reject) => {
    const cleanup = () => {
      tablet.off('report', onReport);
      tablet.off('error', onError);
    };

    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    const onReport = (raw: string) => {
      try {
        const report = parseReport(raw);
        if (report.rideId !== rideId) return;
        cleanup();
        resolve(report);
        audit.record(report.rideId, report.passed, report.inspector);
      } catch (err) {
        cleanup();
        reject(err);
      }
    };

    tablet.on('report', onReport);
    tablet.on('error', onError);
  });
}

export async function inspectMidway(tablet: InspectionTablet, audit: AuditLog, rides: string[]) {
  const failed: string[] = [];
  for (const rideId of rides) {
    const report = await awaitSignedReport(tablet, audit, rideId);
    if (!report.passed) failed.push(rideId);
  }
  return { inspected: rides.length, failed };
}
