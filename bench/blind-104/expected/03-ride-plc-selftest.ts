// expect: no-reused-settled-promise
// The retry loop keeps re-awaiting the one selfTest promise started before it, so after a first failure every "retry" just re-reads the same rejection, the controller is never asked again and the ride is failed after waiting out all the backoffs.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SelfTestReport {
  rideId: string;
  estopLoopOk: boolean;
  brakeSolenoidsOk: boolean;
  proxSensorsOk: boolean;
}

export interface RideController {
  selfTest(rideId: string): Promise<SelfTestReport>;
}

export interface InspectionEntry {
  rideId: string;
  ok: boolean;
  attempts: number;
  detail: string;
}

const ATTEMPTS = 3;
const BACKOFF_MS = 5_000;

export async function runSelfTest(plc: RideController, rideId: string): Promise<InspectionEntry> {
  const test = plc.selfTest(rideId);
  let lastError: unknown;

  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const report = await test;
      const failures = [
        report.estopLoopOk ? null : 'e-stop loop open',
        report.brakeSolenoidsOk ? null : 'brake solenoid fault',
        report.proxSensorsOk ? null : 'proximity sensor fault',
      ].filter((f): f is string => f !== null);
      return { rideId, ok: failures.length === 0, attempts: attempt, detail: failures.join('; ') || 'all systems nominal' };
    } catch (err) {
      lastError = err;
      if (attempt < ATTEMPTS) await sleep(BACKOFF_MS * attempt);
    }
  }

  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  return { rideId, ok: false, attempts: ATTEMPTS, detail: `controller unreachable: ${reason}` };
}

export async function openingChecklist(plc: RideController, rideIds: string[]): Promise<InspectionEntry[]> {
  const entries: InspectionEntry[] = [];
  for (const id of rideIds) entries.push(await runSelfTest(plc, id));
  return entries;
}
