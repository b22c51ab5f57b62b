// expect: no-multiple-settle
// Bug: when the tuner returns an unstable reading whose drift is within tolerance, neither branch settles and measureDrone never resolves or rejects.
export type DroneKind = "tenor-left" | "tenor-right" | "bass";

export interface Drone {
  id: string;
  kind: DroneKind;
  referenceHz: number;
}

export interface TunerReading {
  hz: number;
  cents: number;
  stable: boolean;
  samples: number;
}

export interface DroneMeasurement {
  droneId: string;
  hz: number;
  cents: number;
  measuredAt: number;
}

export class DroneDriftError extends Error {
  constructor(readonly droneId: string, readonly cents: number) {
    super(`drone ${droneId} is ${cents.toFixed(1)} cents off reference`);
    this.name = "DroneDriftError";
  }
}

declare const strobeTuner: {
  measure(
    droneId: string,
    options: { referenceHz: number; windowMs: number },
    callback: (err: Error | null, reading?: TunerReading) => void,
  ): void;
};
declare const reedSlider: {
  nudge(droneId: string, millimetres: number): Promise<void>;
};

const MAX_DRIFT_CENTS = 35;
const WINDOW_MS = 1_500;

export function measureDrone(drone: Drone): Promise<DroneMeasurement> {
  return new Promise<DroneMeasurement>((resolve, reject) => {
    strobeTuner.measure(drone.id, { referenceHz: drone.referenceHz, windowMs: WINDOW_MS }, (err, reading) => {
      if (err) return reject(err);
      if (!reading) return reject(new Error(`tuner returned no reading for ${drone.id}`));

      if (reading.stable) {
        resolve({ droneId: drone.id, hz: reading.hz, cents: reading.cents, measuredAt: Date.now() });
      } else if (Math.abs(reading.cents) > MAX_DRIFT_CENTS) {
        reject(new DroneDriftError(drone.id, reading.cents));
      }
    });
  });
}

function slideForCents(kind: DroneKind, cents: number): number {
  const mmPerCent = kind === "bass" ? 0.08 : 0.05;
  return -cents * mmPerCent;
}

export async function tuneDrone(drone: Drone, toleranceCents = 2, maxNudges = 6): Promise<DroneMeasurement> {
  let measurement = await measureDrone(drone);
  for (let i = 0; i < maxNudges && Math.abs(measurement.cents) > toleranceCents; i++) {
    await reedSlider.nudge(drone.id, slideForCents(drone.kind, measurement.cents));
    measurement = await measureDrone(drone);
  }
  return measurement;
}

export async function tuneChanter(drones: Drone[]): Promise<Map<string, DroneMeasurement>> {
  const results = new Map<string, DroneMeasurement>();
  const ordered = [...drones].sort((a, b) => (a.kind === "bass" ? -1 : b.kind === "bass" ? 1 : 0));
  for (const drone of ordered) {
    results.set(drone.id, await tuneDrone(drone));
  }
  return results;
}
