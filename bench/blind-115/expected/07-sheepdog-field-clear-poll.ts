// expect: no-reused-settled-promise
// The poll loop re-awaits the one isFieldClear() promise taken before the loop, so once it has resolved false the loop never sees the field become clear and always times out.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FieldSensors {
  /** True when no sheep or dogs are inside the course perimeter. */
  isFieldClear(fieldId: string): Promise<boolean>;
  sheepInPens(fieldId: string): Promise<number>;
}

export interface TrialAnnouncer {
  call(message: string): Promise<void>;
}

export interface ClearanceOptions {
  pollMs?: number;
  timeoutMs?: number;
}

export class FieldClearedTimeout extends Error {
  constructor(fieldId: string, ms: number) {
    super(`field ${fieldId} not clear after ${ms}ms`);
    this.name = 'FieldClearedTimeout';
  }
}

export async function waitForFieldClear(
  sensors: FieldSensors,
  fieldId: string,
  { pollMs = 3_000, timeoutMs = 5 * 60_000 }: ClearanceOptions = {},
): Promise<number> {
  const started = Date.now();
  const clearCheck = sensors.isFieldClear(fieldId);

  while (Date.now() - started < timeoutMs) {
    if (await clearCheck) {
      return Date.now() - started;
    }
    await sleep(pollMs);
  }
  throw new FieldClearedTimeout(fieldId, timeoutMs);
}

export async function callNextRun(
  sensors: FieldSensors,
  announcer: TrialAnnouncer,
  fieldId: string,
  next: { handler: string; dog: string; runNo: number },
): Promise<void> {
  const penned = await sensors.sheepInPens(fieldId);
  if (penned < 5) {
    await announcer.call(`Releasing a fresh packet of sheep, ${5 - penned} still at the exhaust pen.`);
  }
  const waitedMs = await waitForFieldClear(sensors, fieldId);
  await announcer.call(
    `Run ${next.runNo}: ${next.handler} with ${next.dog}, please make your way to the post` +
      (waitedMs > 60_000 ? ' — thank you for your patience.' : '.'),
  );
}
