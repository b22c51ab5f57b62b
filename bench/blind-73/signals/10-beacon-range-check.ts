// expect: none
// The caller's signal is combined with a timeout via AbortSignal.any and that combined signal is passed to both the fetch and the once() wait.
import { EventEmitter, once } from 'node:events';

export interface BeaconUnderTest {
  serial: string;
  model: string;
  frequencyKhz: number;
}

export interface RangeResult {
  serial: string;
  maxRangeM: number;
  frequencyDriftHz: number;
  pass: boolean;
}

interface RangeRig extends EventEmitter {
  startSweep(serial: string): void;
  stopSweep(): void;
}

declare const labApi: {
  baseUrl: string;
};

const MIN_RANGE_M = 50;
const MAX_DRIFT_HZ = 80;
const NOMINAL_KHZ = 457;

async function fetchCertificate(serial: string, signal: AbortSignal): Promise<{ expires: string }> {
  const res = await fetch(`${labApi.baseUrl}/certificates/${encodeURIComponent(serial)}`, { signal });
  if (!res.ok) throw new Error(`no certificate for beacon ${serial} (${res.status})`);
  return (await res.json()) as { expires: string };
}

export async function rangeCheck(
  rig: RangeRig,
  beacon: BeaconUnderTest,
  { signal, timeoutMs = 120_000 }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<RangeResult> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;

  const cert = await fetchCertificate(beacon.serial, combined);
  if (new Date(cert.expires).getTime() < Date.now()) {
    throw new Error(`calibration certificate for ${beacon.serial} expired on ${cert.expires}`);
  }

  rig.startSweep(beacon.serial);
  try {
    const [maxRangeM, measuredKhz] = (await once(rig, 'sweep-complete', { signal: combined })) as [number, number];
    const frequencyDriftHz = Math.round((measuredKhz - NOMINAL_KHZ) * 1_000);
    return {
      serial: beacon.serial,
      maxRangeM,
      frequencyDriftHz,
      pass: maxRangeM >= MIN_RANGE_M && Math.abs(frequencyDriftHz) <= MAX_DRIFT_HZ,
    };
  } finally {
    rig.stopSweep();
  }
}

export async function testBatch(
  rig: RangeRig,
  beacons: BeaconUnderTest[],
  signal?: AbortSignal,
): Promise<{ passed: string[]; failed: RangeResult[] }> {
  const passed: string[] = [];
  const failed: RangeResult[] = [];
  for (const beacon of beacons) {
    if (beacon.frequencyKhz !== NOMINAL_KHZ) {
      failed.push({ serial: beacon.serial, maxRangeM: 0, frequencyDriftHz: Number.NaN, pass: false });
      continue;
    }
    const result = await rangeCheck(rig, beacon, { signal });
    if (result.pass) passed.push(beacon.serial);
    else failed.push(result);
  }
  return { passed, failed };
}
