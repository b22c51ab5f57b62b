// expect: none
// Every wait in bookPassage — the booking fetch, the once() for the gate event and the settle-time sleep — receives the caller's signal, so cancelling the passage request stops it at whatever step it is in.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PassageRequest {
  boat: string;
  lengthM: number;
  direction: 'up' | 'down';
  lock: string;
}

export interface PassageTicket {
  ticket: string;
  chamberSlot: number;
  expectedAt: string;
}

export interface GateEvent {
  lock: string;
  gate: 'upper' | 'lower';
  state: 'open' | 'closed';
}

/** Telemetry from the lock gates; emits 'gate' and 'error'. */
export class LockTelemetry extends EventEmitter {}

const WATER_SETTLE_MS = 20_000;

export async function bookPassage(
  apiBase: string,
  telemetry: LockTelemetry,
  request: PassageRequest,
  signal: AbortSignal,
): Promise<PassageTicket> {
  const res = await fetch(new URL('/passages', apiBase), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal,
  });
  if (!res.ok) {
    throw new Error(`lock ${request.lock} refused ${request.boat}: HTTP ${res.status}`);
  }
  const ticket = (await res.json()) as PassageTicket;

  const entryGate = request.direction === 'up' ? 'lower' : 'upper';
  for (;;) {
    const [event] = (await once(telemetry, 'gate', { signal })) as [GateEvent];
    if (event.lock === request.lock && event.gate === entryGate && event.state === 'open') break;
  }

  await sleep(WATER_SETTLE_MS, undefined, { signal });
  return ticket;
}

export async function bookWithDeadline(
  apiBase: string,
  telemetry: LockTelemetry,
  request: PassageRequest,
  parent: AbortSignal,
  deadlineMs: number,
): Promise<PassageTicket> {
  const signal = AbortSignal.any([parent, AbortSignal.timeout(deadlineMs)]);
  return bookPassage(apiBase, telemetry, request, signal);
}
