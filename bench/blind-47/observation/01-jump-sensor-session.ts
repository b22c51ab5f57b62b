// expect: no-unobserved-promise
// The calibration fetch is started first but only awaited after two other awaits, so a rejection during them is unhandled.
export interface HillProfile {
  hillId: string;
  kPointM: number;
  hillSizeM: number;
  gates: number[];
}

export interface SensorCalibration {
  speedTrapOffsetKmh: number;
  distanceLaserOffsetCm: number;
  validUntil: string;
}

export interface WindWindow {
  sensor: 'takeoff' | 'mid' | 'landing';
  avgMs: number;
  tailwind: boolean;
}

export interface JumpSession {
  hillId: string;
  bib: number;
  gate: number;
  calibration: SensorCalibration;
  windCompensationPts: number;
}

declare const hillSensors: {
  fetchCalibration(hillId: string): Promise<SensorCalibration>;
  windWindows(hillId: string, seconds: number): Promise<WindWindow[]>;
  assignGate(hillId: string, bib: number): Promise<number>;
  armSpeedTrap(hillId: string, bib: number, offsetKmh: number): Promise<void>;
};

declare const juryFeed: {
  publish(topic: string, payload: Record<string, unknown>): void;
};

const HEADWIND_FACTOR = 7.2;
const TAILWIND_FACTOR = 10.8;

function windCompensation(hill: HillProfile, windows: WindWindow[]): number {
  if (windows.length === 0) {
    return 0;
  }
  const avg = windows.reduce((sum, w) => sum + (w.tailwind ? -w.avgMs : w.avgMs), 0) / windows.length;
  const perMetre = (hill.hillSizeM - 36) / 20;
  const factor = avg >= 0 ? HEADWIND_FACTOR : TAILWIND_FACTOR;
  return Math.round(-avg * factor * perMetre * 10) / 10;
}

export async function openJumpSession(hill: HillProfile, bib: number): Promise<JumpSession> {
  const calibrationRequest = hillSensors.fetchCalibration(hill.hillId);

  const windows = await hillSensors.windWindows(hill.hillId, 30);
  const gate = await hillSensors.assignGate(hill.hillId, bib);
  if (!hill.gates.includes(gate)) {
    throw new Error(`Gate ${gate} is not valid on ${hill.hillId}`);
  }

  const calibration = await calibrationRequest;
  if (Date.parse(calibration.validUntil) < Date.now()) {
    throw new Error(`Sensor calibration for ${hill.hillId} expired at ${calibration.validUntil}`);
  }

  await hillSensors.armSpeedTrap(hill.hillId, bib, calibration.speedTrapOffsetKmh);
  const session: JumpSession = {
    hillId: hill.hillId,
    bib,
    gate,
    calibration,
    windCompensationPts: windCompensation(hill, windows),
  };
  juryFeed.publish('session.open', { hillId: hill.hillId, bib, gate, wind: session.windCompensationPts });
  return session;
}

export function distancePoints(hill: HillProfile, distanceM: number): number {
  const base = hill.kPointM >= 170 ? 120 : 60;
  const perMetre = hill.kPointM >= 170 ? 1.2 : hill.kPointM >= 110 ? 1.8 : 2.0;
  return Math.round((base + (distanceM - hill.kPointM) * perMetre) * 10) / 10;
}
