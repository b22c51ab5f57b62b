// expect: none
// The race's losers are cancelled in finally: one AbortController stops both the once() listener and the timers/promises delay.
import { once } from "node:events";
import type { EventEmitter } from "node:events";
import { setTimeout as delay } from "node:timers/promises";

export interface LampStatus {
  projectorId: string;
  colorTempK: number;
  lumens: number;
}

export interface LampController extends EventEmitter {
  projectorId: string;
  ignite(): Promise<void>;
  shutter(open: boolean): Promise<void>;
}

export class LampTimeoutError extends Error {
  constructor(readonly projectorId: string, readonly timeoutMs: number) {
    super(`lamp on ${projectorId} not ready within ${timeoutMs}ms`);
    this.name = "LampTimeoutError";
  }
}

const MIN_LUMENS = 2200;
const MAX_COLOR_DRIFT_K = 400;
const NOMINAL_COLOR_K = 6500;

export interface WarmupReport {
  status: LampStatus;
  warmupMs: number;
  colorDriftK: number;
}

export async function waitForLampReady(lamp: LampController, timeoutMs: number, signal?: AbortSignal): Promise<LampStatus> {
  signal?.throwIfAborted();
  const losers = new AbortController();
  const combined = signal ? AbortSignal.any([signal, losers.signal]) : losers.signal;

  try {
    return await Promise.race([
      once(lamp, "ready", { signal: combined }).then(([status]) => status as LampStatus),
      delay(timeoutMs, undefined, { signal: combined }).then(() => {
        throw new LampTimeoutError(lamp.projectorId, timeoutMs);
      }),
    ]);
  } finally {
    losers.abort();
  }
}

export async function startShow(lamp: LampController, signal?: AbortSignal): Promise<WarmupReport> {
  const started = Date.now();
  await lamp.ignite();
  const status = await waitForLampReady(lamp, 90_000, signal);
  if (status.lumens < MIN_LUMENS) {
    throw new Error(`lamp on ${lamp.projectorId} only reached ${status.lumens} lumens`);
  }
  const colorDriftK = Math.abs(status.colorTempK - NOMINAL_COLOR_K);
  if (colorDriftK > MAX_COLOR_DRIFT_K) {
    throw new Error(`lamp on ${lamp.projectorId} is ${colorDriftK}K off nominal; schedule a replacement`);
  }
  await lamp.shutter(true);
  return { status, warmupMs: Date.now() - started, colorDriftK };
}
