// expect: none
// The retry loop rethrows AbortError (and checks signal.aborted) before retrying, and only ordinary transport errors are retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FanTelemetry {
  fanId: string;
  rpm: number;
  engineTempC: number;
  fuelLitres: number;
}

export interface SpinUpResult {
  fanId: string;
  attempts: number;
  telemetry: FanTelemetry;
}

const FAN_GATEWAY = 'https://fans.hillsideestate.example/api';
const MAX_ATTEMPTS = 5;

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function command(fanId: string, action: string, signal: AbortSignal): Promise<FanTelemetry> {
  const res = await fetch(`${FAN_GATEWAY}/fans/${encodeURIComponent(fanId)}/${action}`, { method: 'POST', signal });
  if (!res.ok) throw new Error(`fan ${fanId} ${action}: HTTP ${res.status}`);
  return (await res.json()) as FanTelemetry;
}

export async function spinUp(fanId: string, signal: AbortSignal): Promise<SpinUpResult> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    signal.throwIfAborted();
    try {
      const telemetry = await command(fanId, 'spin-up', signal);
      if (telemetry.rpm < 400) throw new Error(`fan ${fanId} only reached ${telemetry.rpm} rpm`);
      return { fanId, attempts: attempt, telemetry };
    } catch (err) {
      if (isAbort(err) || signal.aborted) throw err;
      lastError = err;
      // Radio links in the lower block drop out in fog; a short backoff usually gets through.
      await sleep(1_000 * attempt, undefined, { signal });
    }
  }
  throw new Error(`fan ${fanId} did not spin up after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

export async function protectBlock(
  fanIds: string[],
  signal: AbortSignal,
): Promise<{ running: SpinUpResult[]; failed: string[] }> {
  const running: SpinUpResult[] = [];
  const failed: string[] = [];
  // Start fans one after another: simultaneous starts brown out the shared generator.
  for (const fanId of fanIds) {
    try {
      running.push(await spinUp(fanId, signal));
    } catch (err) {
      if (isAbort(err) || signal.aborted) throw err;
      failed.push(fanId);
    }
  }
  return { running, failed };
}

export function fuelWarning(t: FanTelemetry, hoursToSunrise: number): string | null {
  // Roughly 9 L/h at full speed for the diesel fans on this estate.
  const needed = hoursToSunrise * 9;
  if (t.fuelLitres >= needed) return null;
  return `fan ${t.fanId}: ${t.fuelLitres} L left, needs ~${Math.ceil(needed)} L to sunrise`;
}
