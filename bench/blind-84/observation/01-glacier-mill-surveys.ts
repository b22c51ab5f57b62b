// expect: no-unobserved-promise
// The probe calibration request is started first but only awaited after two other awaits, so if it rejects while the descent record and telemetry are still loading nothing is handling it.
export interface DescentRequest {
  descentId: string;
  probeSerial: string;
  moulin: string;
}

interface Calibration {
  probeSerial: string;
  pressureOffsetKpa: number;
  tempOffsetC: number;
  validUntil: string;
}

interface DescentRecord {
  descentId: string;
  startedAt: string;
  endedAt: string;
  surfaceElevationM: number;
}

interface RawSample {
  t: number;
  pressureKpa: number;
  tempC: number;
  conductivity: number;
}

export interface DescentReport {
  descentId: string;
  moulin: string;
  maxDepthM: number;
  minTempC: number;
  meanConductivity: number;
  samples: number;
}

declare const probeLab: {
  fetchCalibration(serial: string): Promise<Calibration>;
};
declare const surveyDb: {
  loadDescent(descentId: string): Promise<DescentRecord>;
  saveReport(report: DescentReport): Promise<void>;
};
declare const telemetry: {
  download(serial: string, from: string, to: string): Promise<RawSample[]>;
};

const KPA_PER_METRE_WATER = 9.80665;
const ATMOSPHERIC_KPA = 101.325;

function depthMetres(sample: RawSample, cal: Calibration): number {
  const corrected = sample.pressureKpa - cal.pressureOffsetKpa - ATMOSPHERIC_KPA;
  return Math.max(0, corrected / KPA_PER_METRE_WATER);
}

export async function processDescent(req: DescentRequest): Promise<DescentReport> {
  const calibration = probeLab.fetchCalibration(req.probeSerial);

  const descent = await surveyDb.loadDescent(req.descentId);
  const raw = await telemetry.download(req.probeSerial, descent.startedAt, descent.endedAt);
  if (raw.length === 0) {
    throw new Error(`probe ${req.probeSerial} recorded nothing during descent ${req.descentId}`);
  }

  const cal = await calibration;
  if (new Date(cal.validUntil) < new Date(descent.startedAt)) {
    throw new Error(`calibration for ${req.probeSerial} expired before descent ${req.descentId}`);
  }

  let maxDepthM = 0;
  let minTempC = Number.POSITIVE_INFINITY;
  let conductivitySum = 0;
  for (const sample of raw) {
    maxDepthM = Math.max(maxDepthM, depthMetres(sample, cal));
    minTempC = Math.min(minTempC, sample.tempC - cal.tempOffsetC);
    conductivitySum += sample.conductivity;
  }

  const report: DescentReport = {
    descentId: req.descentId,
    moulin: req.moulin,
    maxDepthM: Math.round(maxDepthM * 10) / 10,
    minTempC: Math.round(minTempC * 100) / 100,
    meanConductivity: conductivitySum / raw.length,
    samples: raw.length,
  };
  await surveyDb.saveReport(report);
  return report;
}
