// expect: no-swallowed-abort
// readGateSensor's catch-all turns an AbortError into null, which the inspection round reads as "sensor offline", so cancelling a round marks every remaining ride as failed instead of stopping.
export interface GateReading {
  rideId: string;
  latched: boolean;
  interlockMs: number;
}

export interface InspectionLogger {
  warn(message: string): void;
}

export interface RoundResult {
  passed: string[];
  failed: { rideId: string; why: string }[];
}

const MAX_INTERLOCK_MS = 350;

export async function readGateSensor(
  baseUrl: string,
  rideId: string,
  signal: AbortSignal,
  log: InspectionLogger,
): Promise<GateReading | null> {
  try {
    const res = await fetch(`${baseUrl}/rides/${encodeURIComponent(rideId)}/gate`, { signal });
    if (!res.ok) {
      log.warn(`gate sensor for ${rideId} answered ${res.status}`);
      return null;
    }
    return (await res.json()) as GateReading;
  } catch (err) {
    log.warn(`gate sensor for ${rideId} unreachable: ${String(err)}`);
    return null;
  }
}

export async function inspectionRound(
  baseUrl: string,
  rideIds: string[],
  signal: AbortSignal,
  log: InspectionLogger,
): Promise<RoundResult> {
  const result: RoundResult = { passed: [], failed: [] };

  for (const rideId of rideIds) {
    const reading = await readGateSensor(baseUrl, rideId, signal, log);
    if (reading === null) {
      result.failed.push({ rideId, why: 'gate sensor offline' });
    } else if (!reading.latched) {
      result.failed.push({ rideId, why: 'gate did not latch' });
    } else if (reading.interlockMs > MAX_INTERLOCK_MS) {
      result.failed.push({ rideId, why: `interlock took ${reading.interlockMs}ms` });
    } else {
      result.passed.push(rideId);
    }
  }
  return result;
}
