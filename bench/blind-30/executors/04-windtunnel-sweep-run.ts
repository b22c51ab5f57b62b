// expect: no-multiple-settle
// The async executor awaits loadBalanceCalibration before wiring resolve/reject; if that load rejects the run promise never settles.
import { EventEmitter } from 'node:events';

export interface SweepPoint {
  alphaDeg: number;
  betaDeg: number;
  dynamicPressurePa: number;
}

export interface ForceReading {
  alphaDeg: number;
  liftN: number;
  dragN: number;
  pitchMomentNm: number;
}

interface BalanceCalibration {
  matrix: number[][];
  tareN: [number, number, number];
  validUntil: number;
}

interface TunnelRig extends EventEmitter {
  configure(cal: BalanceCalibration, points: SweepPoint[]): void;
  start(): void;
  emergencyStop(reason: string): void;
}

declare function loadBalanceCalibration(balanceId: string): Promise<BalanceCalibration>;
declare function openRig(tunnelId: string): TunnelRig;
declare const runLog: { append(runId: string, line: string): void };

function applyCalibration(cal: BalanceCalibration, raw: [number, number, number]): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    let sum = 0;
    for (let j = 0; j < 3; j++) sum += cal.matrix[i][j] * (raw[j] - cal.tareN[j]);
    out[i] = sum;
  }
  return out;
}

export function runAlphaSweep(
  tunnelId: string,
  balanceId: string,
  runId: string,
  points: SweepPoint[],
): Promise<ForceReading[]> {
  return new Promise<ForceReading[]>(async (resolve, reject) => {
    const rig = openRig(tunnelId);
    const cal = await loadBalanceCalibration(balanceId);
    if (cal.validUntil < Date.now()) {
      reject(new Error(`balance ${balanceId} calibration expired`));
      return;
    }

    const readings: ForceReading[] = [];
    let pointIndex = 0;

    const cleanup = () => {
      rig.off('point', onPoint);
      rig.off('complete', onComplete);
      rig.off('fault', onFault);
    };
    const onPoint = (raw: [number, number, number]) => {
      const [lift, drag, pitch] = applyCalibration(cal, raw);
      const alphaDeg = points[pointIndex]?.alphaDeg ?? Number.NaN;
      pointIndex += 1;
      readings.push({ alphaDeg, liftN: lift, dragN: drag, pitchMomentNm: pitch });
      runLog.append(runId, `alpha=${alphaDeg} L=${lift.toFixed(2)} D=${drag.toFixed(2)}`);
    };
    const onComplete = () => {
      cleanup();
      resolve(readings);
    };
    const onFault = (err: Error) => {
      cleanup();
      rig.emergencyStop(err.message);
      reject(err);
    };

    rig.on('point', onPoint);
    rig.once('complete', onComplete);
    rig.once('fault', onFault);
    rig.configure(cal, points);
    rig.start();
  });
}

export function liftSlopePerDeg(readings: ForceReading[]): number {
  const linear = readings.filter((r) => Math.abs(r.alphaDeg) <= 6);
  if (linear.length < 2) return Number.NaN;
  const n = linear.length;
  const sx = linear.reduce((a, r) => a + r.alphaDeg, 0);
  const sy = linear.reduce((a, r) => a + r.liftN, 0);
  const sxy = linear.reduce((a, r) => a + r.alphaDeg * r.liftN, 0);
  const sxx = linear.reduce((a, r) => a + r.alphaDeg * r.alphaDeg, 0);
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}
