// expect: no-swallowed-abort
// drainVat wraps every failure, including the AbortError from an operator cancel, in a generic VatControlError, so callers can no longer tell cancellation from a fault.
import { setTimeout as delay } from "node:timers/promises";

export interface Vat {
  id: string;
  capacityL: number;
  batch: string;
  phase: "saponifying" | "curing" | "ready";
}

export interface DrainResult {
  vatId: string;
  litres: number;
  durationMs: number;
}

export class VatControlError extends Error {
  constructor(
    message: string,
    readonly vatId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "VatControlError";
  }
}

declare const plcUrl: string;
declare const alarms: { raise(vatId: string, message: string): Promise<void> };

const POLL_MS = 2_000;

async function plcCommand(path: string, body: object, signal: AbortSignal): Promise<Response> {
  const res = await fetch(`${plcUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok) throw new Error(`PLC ${path} -> ${res.status}`);
  return res;
}

async function levelLitres(vatId: string, signal: AbortSignal): Promise<number> {
  const res = await fetch(`${plcUrl}/vats/${vatId}/level`, { signal });
  if (!res.ok) throw new Error(`level read for ${vatId} -> ${res.status}`);
  return ((await res.json()) as { litres: number }).litres;
}

export async function drainVat(vat: Vat, signal: AbortSignal): Promise<DrainResult> {
  if (vat.phase !== "ready") {
    throw new VatControlError(`vat ${vat.id} is still ${vat.phase}`, vat.id);
  }
  const started = Date.now();
  try {
    const initial = await levelLitres(vat.id, signal);
    await plcCommand(`/vats/${vat.id}/drain-valve`, { open: true }, signal);
    let level = initial;
    while (level > 5) {
      await delay(POLL_MS, undefined, { signal });
      level = await levelLitres(vat.id, signal);
    }
    await plcCommand(`/vats/${vat.id}/drain-valve`, { open: false }, signal);
    return { vatId: vat.id, litres: initial - level, durationMs: Date.now() - started };
  } catch (err) {
    throw new VatControlError(`draining vat ${vat.id} (batch ${vat.batch}) failed`, vat.id, { cause: err });
  }
}

export async function drainLine(vats: Vat[], signal: AbortSignal): Promise<DrainResult[]> {
  const results: DrainResult[] = [];
  for (const vat of vats) {
    try {
      results.push(await drainVat(vat, signal));
    } catch (err) {
      if (err instanceof Error && err.name === "AbortError") throw err;
      await alarms.raise(vat.id, err instanceof Error ? err.message : String(err));
    }
  }
  return results;
}
