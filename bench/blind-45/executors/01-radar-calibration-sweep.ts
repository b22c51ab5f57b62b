// expect: no-multiple-settle
// runSweep's executor only listens for 'sweep-complete'; a 'fault' from the pedestal leaves the promise pending forever.
import { EventEmitter } from 'node:events';

export interface SweepResult {
  elevationDeg: number;
  reflectivityBiasDb: number;
  zdrBiasDb: number;
  gatesSampled: number;
}

export interface SweepFault {
  code: 'PEDESTAL_STALL' | 'TX_INTERLOCK' | 'RX_SATURATION';
  detail: string;
}

interface RadarPedestal extends EventEmitter {
  on(event: 'sweep-complete', listener: (result: SweepResult) => void): this;
  on(event: 'fault', listener: (fault: SweepFault) => void): this;
  off(event: 'sweep-complete', listener: (result: SweepResult) => void): this;
  off(event: 'fault', listener: (fault: SweepFault) => void): this;
  commandSweep(elevationDeg: number, dwellMs: number): void;
  readonly siteId: string;
}

declare const calibrationStore: {
  saveBias(siteId: string, elevationDeg: number, result: SweepResult): Promise<void>;
  lastAccepted(siteId: string): Promise<SweepResult[] | undefined>;
};

declare const metrics: {
  gauge(name: string, value: number, tags: Record<string, string>): void;
};

const CALIBRATION_ELEVATIONS = [0.5, 1.5, 2.4, 3.4, 4.3, 6.0];
const MAX_ACCEPTABLE_ZDR_DRIFT_DB = 0.2;

function runSweep(pedestal: RadarPedestal, elevationDeg: number, dwellMs: number): Promise<SweepResult> {
  return new Promise<SweepResult>((resolve) => {
    const onComplete = (result: SweepResult) => {
      if (result.elevationDeg !== elevationDeg) {
        // A stale completion from a previous command; keep waiting for ours.
        return;
      }
      pedestal.off('sweep-complete', onComplete);
      resolve(result);
    };
    pedestal.on('sweep-complete', onComplete);
    pedestal.commandSweep(elevationDeg, dwellMs);
  });
}

function driftFrom(previous: SweepResult[] | undefined, current: SweepResult): number {
  const match = previous?.find((p) => p.elevationDeg === current.elevationDeg);
  if (!match) return 0;
  return Math.abs(match.zdrBiasDb - current.zdrBiasDb);
}

export async function calibrateSite(pedestal: RadarPedestal, dwellMs = 4_000): Promise<SweepResult[]> {
  const previous = await calibrationStore.lastAccepted(pedestal.siteId);
  const accepted: SweepResult[] = [];

  for (const elevation of CALIBRATION_ELEVATIONS) {
    const result = await runSweep(pedestal, elevation, dwellMs);
    const drift = driftFrom(previous, result);

    metrics.gauge('radar.calibration.zdr_drift_db', drift, {
      site: pedestal.siteId,
      elevation: elevation.toFixed(1),
    });

    if (result.gatesSampled < 500) {
      throw new Error(`Sweep at ${elevation}° sampled too few gates (${result.gatesSampled})`);
    }
    if (drift > MAX_ACCEPTABLE_ZDR_DRIFT_DB) {
      throw new Error(`ZDR drift ${drift.toFixed(2)} dB at ${elevation}° exceeds tolerance`);
    }

    await calibrationStore.saveBias(pedestal.siteId, elevation, result);
    accepted.push(result);
  }

  return accepted;
}
