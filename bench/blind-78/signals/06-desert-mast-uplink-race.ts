// expect: none
// The race's losers share one AbortController that is aborted in finally, which cancels the slower transport's fetch and the deadline timer, and the caller's signal is folded in with AbortSignal.any.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MastSnapshot {
  mastId: string;
  transport: 'satellite' | 'lora';
  receivedAt: string;
  airTempC: number;
  surfaceTempC: number;
  windGustMs: number;
  solarWm2: number;
}

declare const transports: {
  satelliteUrl: string;
  loraGatewayUrl: string;
};

async function pull(url: string, mastId: string, transport: MastSnapshot['transport'], signal: AbortSignal): Promise<MastSnapshot> {
  const res = await fetch(`${url}/masts/${encodeURIComponent(mastId)}/snapshot`, { signal });
  if (!res.ok) throw new Error(`${transport} uplink for ${mastId} returned ${res.status}`);
  const body = (await res.json()) as Omit<MastSnapshot, 'transport' | 'receivedAt'>;
  return { ...body, transport, receivedAt: new Date().toISOString() };
}

async function deadline(ms: number, mastId: string, signal: AbortSignal): Promise<never> {
  await sleep(ms, undefined, { signal });
  throw new Error(`no uplink answered for ${mastId} within ${ms}ms`);
}

/**
 * Remote desert masts report over both a satellite modem and a LoRa relay chain.
 * Whichever answers successfully first wins; the other request is cancelled.
 */
export async function fastestSnapshot(mastId: string, timeoutMs: number, signal?: AbortSignal): Promise<MastSnapshot> {
  const losers = new AbortController();
  const scoped = signal ? AbortSignal.any([signal, losers.signal]) : losers.signal;
  try {
    return await Promise.race([
      Promise.any([
        pull(transports.satelliteUrl, mastId, 'satellite', scoped),
        pull(transports.loraGatewayUrl, mastId, 'lora', scoped),
      ]),
      deadline(timeoutMs, mastId, scoped),
    ]);
  } catch (err) {
    // If the caller cancelled, surface their abort reason rather than an AggregateError from the transports.
    signal?.throwIfAborted();
    throw err;
  } finally {
    losers.abort();
  }
}

export function heatStress(snapshot: MastSnapshot): 'normal' | 'elevated' | 'extreme' {
  // Sand surface can run 25°C above air temperature at midday; equipment failures cluster above 70°C.
  if (snapshot.surfaceTempC > 70 || snapshot.airTempC > 48) return 'extreme';
  if (snapshot.surfaceTempC > 60 || snapshot.airTempC > 42) return 'elevated';
  return 'normal';
}

export async function sweepNetwork(mastIds: string[], signal: AbortSignal): Promise<Map<string, MastSnapshot | Error>> {
  const out = new Map<string, MastSnapshot | Error>();
  for (const mastId of mastIds) {
    signal.throwIfAborted();
    try {
      out.set(mastId, await fastestSnapshot(mastId, 15_000, signal));
    } catch (err) {
      if (signal.aborted) throw err;
      out.set(mastId, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return out;
}
