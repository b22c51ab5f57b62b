// expect: none
// The caller's signal reaches every cancellable call through option objects built elsewhere: rampRequest() puts it in the fetch init and waitOpts carries it to the timers/promises delay.
import { setTimeout as delay } from 'node:timers/promises';

export interface RampTelemetry {
  berth: string;
  angleDeg: number;
  lockPins: 'engaged' | 'released';
  vehicleLoadKg: number;
}

interface RampCall {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

const RAMP_API = process.env.RAMP_API ?? 'http://ramp-controller.terminal.local:8080';

function rampRequest(call: RampCall, signal: AbortSignal): RequestInit {
  return {
    method: call.method,
    headers: { 'content-type': 'application/json', 'x-terminal': 'north-quay' },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    signal,
  };
}

async function callRamp<T>(call: RampCall, signal: AbortSignal): Promise<T> {
  const res = await fetch(`${RAMP_API}${call.path}`, rampRequest(call, signal));
  if (!res.ok) {
    throw new Error(`ramp controller ${call.method} ${call.path} -> ${res.status}`);
  }
  return (await res.json()) as T;
}

export async function raiseAfterUnloading(
  berth: string,
  { signal, pollMs = 1_500 }: { signal: AbortSignal; pollMs?: number },
): Promise<RampTelemetry> {
  const waitOpts: { signal: AbortSignal } = { signal };
  const path = `/berths/${encodeURIComponent(berth)}/ramp`;

  // wait for the car deck to empty before lifting; the ramp load cell reads zero-ish
  let telemetry = await callRamp<RampTelemetry>({ method: 'GET', path }, signal);
  while (telemetry.vehicleLoadKg > 150) {
    await delay(pollMs, undefined, waitOpts);
    telemetry = await callRamp<RampTelemetry>({ method: 'GET', path }, signal);
  }

  if (telemetry.lockPins === 'engaged') {
    await callRamp({ method: 'POST', path: `${path}/pins`, body: { state: 'released' } }, signal);
  }
  await callRamp({ method: 'POST', path: `${path}/angle`, body: { angleDeg: 35 } }, signal);

  do {
    await delay(pollMs, undefined, waitOpts);
    telemetry = await callRamp<RampTelemetry>({ method: 'GET', path }, signal);
  } while (telemetry.angleDeg < 34);

  await callRamp({ method: 'POST', path: `${path}/pins`, body: { state: 'engaged' } }, signal);
  return telemetry;
}

export async function departureSequence(berth: string, departureAt: Date): Promise<RampTelemetry> {
  const msLeft = departureAt.getTime() - Date.now();
  // the ramp must be up two minutes before departure or the sailing is held
  const deadline = AbortSignal.timeout(Math.max(10_000, msLeft - 120_000));
  return raiseAfterUnloading(berth, { signal: deadline });
}
