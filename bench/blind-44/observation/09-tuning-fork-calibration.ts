// expect: none
// Every allSettled outcome is narrowed on status before .value or .reason is read, and failed stands are reported rather than counted as calibrated.
export interface TuningStand {
  id: string;
  room: string;
  referenceHz: number;
}

export interface CalibrationReading {
  standId: string;
  measuredHz: number;
  centsOff: number;
  temperatureC: number;
}

export interface CalibrationReport {
  room: string;
  calibrated: CalibrationReading[];
  outOfTolerance: CalibrationReading[];
  unreachable: Array<{ standId: string; reason: string }>;
}

declare const standBus: {
  standsIn(room: string): Promise<TuningStand[]>;
  measure(standId: string, referenceHz: number): Promise<{ hz: number; temperatureC: number }>;
  trim(standId: string, cents: number): Promise<void>;
};

const TOLERANCE_CENTS = 1.5;

function centsBetween(measured: number, reference: number): number {
  return 1200 * Math.log2(measured / reference);
}

async function measureStand(stand: TuningStand): Promise<CalibrationReading> {
  const { hz, temperatureC } = await standBus.measure(stand.id, stand.referenceHz);
  return {
    standId: stand.id,
    measuredHz: hz,
    centsOff: Math.round(centsBetween(hz, stand.referenceHz) * 100) / 100,
    temperatureC,
  };
}

export async function calibrateRoom(room: string): Promise<CalibrationReport> {
  const stands = await standBus.standsIn(room);
  const outcomes = await Promise.allSettled(stands.map(measureStand));

  const report: CalibrationReport = { room, calibrated: [], outOfTolerance: [], unreachable: [] };
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === 'rejected') {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      report.unreachable.push({ standId: stands[i].id, reason });
      continue;
    }
    const reading = outcome.value;
    if (Math.abs(reading.centsOff) <= TOLERANCE_CENTS) {
      report.calibrated.push(reading);
    } else {
      report.outOfTolerance.push(reading);
    }
  }

  for (const reading of report.outOfTolerance) {
    await standBus.trim(reading.standId, -reading.centsOff);
  }
  return report;
}

export function summarize(report: CalibrationReport): string {
  const parts = [
    `${report.room}: ${report.calibrated.length} in tune`,
    `${report.outOfTolerance.length} trimmed`,
  ];
  if (report.unreachable.length > 0) {
    parts.push(`${report.unreachable.length} unreachable (${report.unreachable.map((u) => u.standId).join(', ')})`);
  }
  return parts.join(', ');
}

export function warmestStand(report: CalibrationReport): CalibrationReading | undefined {
  const all = [...report.calibrated, ...report.outOfTolerance];
  return all.reduce<CalibrationReading | undefined>(
    (warm, r) => (!warm || r.temperatureC > warm.temperatureC ? r : warm),
    undefined,
  );
}
