// expect: no-reused-settled-promise
// measureWithRetry starts rig.measureTransmit once before the loop, so every "retry" re-awaits the same rejected promise instead of taking a new measurement.
import { setTimeout as delay } from "node:timers/promises";

export interface Beacon {
  serial: string;
  model: string;
  firmware: string;
}

export interface TransmitMeasurement {
  serial: string;
  frequencyHz: number;
  pulseMs: number;
  periodMs: number;
  fieldStrengthDbuv: number;
}

export interface BeaconVerdict {
  serial: string;
  pass: boolean;
  reasons: string[];
  measurement: TransmitMeasurement;
}

declare const rig: {
  measureTransmit(serial: string): Promise<TransmitMeasurement>;
  seat(serial: string): Promise<void>;
  eject(): Promise<void>;
};
declare const certificates: {
  issue(verdict: BeaconVerdict): Promise<string>;
};

/** EN 300 718: 457 kHz ± 80 Hz, pulse ≥ 70 ms, period 1000 ± 300 ms. */
const NOMINAL_HZ = 457_000;
const TOLERANCE_HZ = 80;

export function evaluate(m: TransmitMeasurement): BeaconVerdict {
  const reasons: string[] = [];
  if (Math.abs(m.frequencyHz - NOMINAL_HZ) > TOLERANCE_HZ) {
    reasons.push(`frequency ${m.frequencyHz} Hz outside ±${TOLERANCE_HZ} Hz`);
  }
  if (m.pulseMs < 70) reasons.push(`pulse ${m.pulseMs} ms shorter than 70 ms`);
  if (m.periodMs < 700 || m.periodMs > 1300) reasons.push(`period ${m.periodMs} ms out of range`);
  if (m.fieldStrengthDbuv < 20) reasons.push(`weak field ${m.fieldStrengthDbuv} dBµV`);
  return { serial: m.serial, pass: reasons.length === 0, reasons, measurement: m };
}

async function measureWithRetry(serial: string, attempts = 3): Promise<TransmitMeasurement> {
  const measurement = rig.measureTransmit(serial);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await measurement;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await delay(250 * attempt);
    }
  }
  throw new Error(`beacon ${serial}: no usable transmission after ${attempts} attempts`, {
    cause: lastError,
  });
}

export async function testBeacon(beacon: Beacon): Promise<{ verdict: BeaconVerdict; certificate?: string }> {
  await rig.seat(beacon.serial);
  try {
    const measurement = await measureWithRetry(beacon.serial);
    const verdict = evaluate(measurement);
    if (!verdict.pass) return { verdict };
    const certificate = await certificates.issue(verdict);
    return { verdict, certificate };
  } finally {
    await rig.eject();
  }
}

export async function testBatch(beacons: readonly Beacon[]): Promise<Map<string, BeaconVerdict>> {
  const results = new Map<string, BeaconVerdict>();
  for (const beacon of beacons) {
    const { verdict } = await testBeacon(beacon);
    results.set(beacon.serial, verdict);
  }
  return results;
}
