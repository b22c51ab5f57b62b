// expect: no-unobserved-promise
// The noise-floor measurement is started before the pitch sweep and only awaited afterwards, so a rejection during the sweep has no handler yet.
export interface PitchPoint {
  handDistanceMm: number;
  frequencyHz: number;
}

export interface CalibrationReport {
  deviceId: string;
  noiseFloorDb: number;
  pitchCurve: PitchPoint[];
  linearityError: number;
  volumeNullMm: number;
}

interface BenchDevice {
  measureNoiseFloor(durationMs: number): Promise<number>;
  setAntenna(antenna: 'pitch' | 'volume', mode: 'reset' | 'track'): Promise<void>;
  sweepHand(fromMm: number, toMm: number, stepMm: number): Promise<void>;
  readPitchCurve(): Promise<PitchPoint[]>;
  findVolumeNull(): Promise<number>;
  close(): Promise<void>;
}

declare const calibrationBench: {
  connect(deviceId: string): Promise<BenchDevice>;
};

declare const calibrationArchive: {
  save(report: CalibrationReport): Promise<void>;
};

export interface CalibrationOptions {
  nearMm: number;
  farMm: number;
  stepMm: number;
  maxNoiseDb: number;
}

function linearityError(curve: PitchPoint[]): number {
  if (curve.length < 3) return Number.POSITIVE_INFINITY;
  const logs = curve.map((p) => ({ x: p.handDistanceMm, y: Math.log2(p.frequencyHz) }));
  const n = logs.length;
  const meanX = logs.reduce((s, p) => s + p.x, 0) / n;
  const meanY = logs.reduce((s, p) => s + p.y, 0) / n;
  const slope =
    logs.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) /
    logs.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const intercept = meanY - slope * meanX;
  return Math.max(...logs.map((p) => Math.abs(p.y - (slope * p.x + intercept))));
}

export async function calibrate(deviceId: string, options: CalibrationOptions): Promise<CalibrationReport> {
  const device = await calibrationBench.connect(deviceId);
  try {
    const noiseFloor = device.measureNoiseFloor(2_000);

    await device.setAntenna('pitch', 'reset');
    await device.sweepHand(options.nearMm, options.farMm, options.stepMm);
    const pitchCurve = await device.readPitchCurve();

    await device.setAntenna('volume', 'track');
    const volumeNullMm = await device.findVolumeNull();

    const noiseFloorDb = await noiseFloor;
    if (noiseFloorDb > options.maxNoiseDb) {
      throw new Error(`${deviceId}: noise floor ${noiseFloorDb}dB exceeds ${options.maxNoiseDb}dB`);
    }

    const report: CalibrationReport = {
      deviceId,
      noiseFloorDb,
      pitchCurve,
      linearityError: linearityError(pitchCurve),
      volumeNullMm,
    };
    await calibrationArchive.save(report);
    return report;
  } finally {
    await device.close();
  }
}
