// expect: no-reused-settled-promise
// Bug: the polling loop awaits the single statusRequest promise created before the loop, so it never re-queries air traffic control and spins on the first answer.
import { setTimeout as sleep } from 'node:timers/promises';

export type ClearanceState = 'pending' | 'granted' | 'denied' | 'expired';

export interface ClearanceStatus {
  flightId: string;
  corridorId: string;
  state: ClearanceState;
  ceilingMeters?: number;
  reason?: string;
}

declare const utmClient: {
  requestClearance(flightId: string, corridorId: string): Promise<{ ticket: string }>;
  getClearanceStatus(ticket: string, init?: { signal?: AbortSignal }): Promise<ClearanceStatus>;
  cancel(ticket: string): Promise<void>;
};

interface WaitOptions {
  pollIntervalMs?: number;
  timeoutMs?: number;
}

export class ClearanceTimeout extends Error {
  constructor(
    readonly flightId: string,
    readonly waitedMs: number,
  ) {
    super(`clearance for ${flightId} still pending after ${waitedMs}ms`);
  }
}

export async function awaitCorridorClearance(
  flightId: string,
  corridorId: string,
  { pollIntervalMs = 2_000, timeoutMs = 90_000 }: WaitOptions = {},
): Promise<ClearanceStatus> {
  const { ticket } = await utmClient.requestClearance(flightId, corridorId);
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), timeoutMs);
  const startedAt = Date.now();

  try {
    const statusRequest = utmClient.getClearanceStatus(ticket, { signal: controller.signal });
    while (!controller.signal.aborted) {
      const status = await statusRequest;
      if (status.state === 'granted' || status.state === 'denied') {
        return status;
      }
      if (status.state === 'expired') {
        throw new Error(`clearance ticket ${ticket} expired before a decision`);
      }
      await sleep(pollIntervalMs, undefined, { signal: controller.signal }).catch(() => undefined);
    }
    await utmClient.cancel(ticket).catch(() => undefined);
    throw new ClearanceTimeout(flightId, Date.now() - startedAt);
  } finally {
    clearTimeout(deadline);
  }
}

export async function dispatchDelivery(
  flightId: string,
  corridorId: string,
  launch: (ceilingMeters: number) => Promise<void>,
): Promise<boolean> {
  const status = await awaitCorridorClearance(flightId, corridorId);
  if (status.state !== 'granted') {
    return false;
  }
  await launch(status.ceilingMeters ?? 120);
  return true;
}
