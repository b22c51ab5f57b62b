// expect: no-reused-settled-promise
// armSiren starts one status request and hands pollUntil a thunk that returns that same promise, so every poll sees the first, stale status.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SirenStatus {
  sirenId: string;
  armed: boolean;
  batteryPct: number;
  mainsPower: boolean;
  lastSelfTest: string;
}

export interface ArmingResult {
  sirenId: string;
  armedAfterMs: number;
  onBattery: boolean;
}

declare const sirenController: {
  fetchStatus(sirenId: string): Promise<SirenStatus>;
  sendArm(sirenId: string, authCode: string): Promise<void>;
  sirensInZone(zone: string): Promise<string[]>;
};

declare const civilDefenceLog: {
  record(event: string, detail: Record<string, unknown>): Promise<void>;
};

interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

export async function pollUntil<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, timeoutMs }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check();
    if (done(last)) return last;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met within ${timeoutMs} ms (last value: ${JSON.stringify(last)})`);
}

export async function armSiren(sirenId: string, authCode: string): Promise<ArmingResult> {
  const started = Date.now();
  await sirenController.sendArm(sirenId, authCode);

  const statusRequest = sirenController.fetchStatus(sirenId);
  const status = await pollUntil(
    () => statusRequest,
    (s) => s.armed,
    { intervalMs: 750, timeoutMs: 20_000 },
  );

  return {
    sirenId,
    armedAfterMs: Date.now() - started,
    onBattery: !status.mainsPower,
  };
}

export async function armZone(zone: string, authCode: string): Promise<ArmingResult[]> {
  const sirenIds = await sirenController.sirensInZone(zone);
  const results = await Promise.all(sirenIds.map((id) => armSiren(id, authCode)));

  const onBattery = results.filter((r) => r.onBattery).map((r) => r.sirenId);
  await civilDefenceLog.record('zone-armed', {
    zone,
    sirens: results.length,
    slowest: Math.max(0, ...results.map((r) => r.armedAfterMs)),
    onBattery,
  });
  return results;
}
