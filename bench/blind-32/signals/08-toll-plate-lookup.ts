// expect: none
// lookupOwner retries only non-abort failures: an AbortError (or an aborted signal) is rethrown unchanged before any fallback or retry.
import { setTimeout as sleep } from "node:timers/promises";

export interface PlateRead {
  gantryId: string;
  plate: string;
  region: string;
  confidence: number;
  capturedAt: number;
}

export interface OwnerRecord {
  plate: string;
  accountId: string | null;
  transponder: boolean;
  billingAddressRegion: string;
}

export type LookupOutcome =
  | { kind: "account"; owner: OwnerRecord }
  | { kind: "invoice-by-mail"; owner: OwnerRecord }
  | { kind: "manual-review"; reason: string };

declare const dmvBridge: {
  owner(plate: string, region: string, init: { signal: AbortSignal }): Promise<OwnerRecord | null>;
};

declare const reviewQueue: {
  enqueue(read: PlateRead, reason: string): Promise<void>;
};

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === "AbortError" || err.name === "TimeoutError");
}

const MIN_CONFIDENCE = 0.86;

async function lookupOwner(read: PlateRead, signal: AbortSignal, attempts = 3): Promise<OwnerRecord | null> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await dmvBridge.owner(read.plate, read.region, { signal });
    } catch (err) {
      if (isAbort(err) || signal.aborted) {
        throw err;
      }
      lastError = err;
      await sleep(200 * 2 ** attempt, undefined, { signal });
    }
  }
  throw new Error(`DMV lookup failed for ${read.region}/${read.plate}`, { cause: lastError });
}

export async function classifyRead(read: PlateRead, signal: AbortSignal): Promise<LookupOutcome> {
  if (read.confidence < MIN_CONFIDENCE) {
    await reviewQueue.enqueue(read, `low OCR confidence ${read.confidence.toFixed(2)}`);
    return { kind: "manual-review", reason: "low-confidence" };
  }

  let owner: OwnerRecord | null;
  try {
    owner = await lookupOwner(read, signal);
  } catch (err) {
    if (isAbort(err)) throw err;
    await reviewQueue.enqueue(read, (err as Error).message);
    return { kind: "manual-review", reason: "lookup-failed" };
  }

  if (!owner) {
    await reviewQueue.enqueue(read, "no registered owner");
    return { kind: "manual-review", reason: "unregistered" };
  }
  if (owner.transponder && owner.accountId) {
    return { kind: "account", owner };
  }
  return { kind: "invoice-by-mail", owner };
}

export async function processBatch(reads: PlateRead[], signal: AbortSignal): Promise<Map<string, LookupOutcome>> {
  const outcomes = new Map<string, LookupOutcome>();
  for (const read of reads) {
    signal.throwIfAborted();
    outcomes.set(`${read.gantryId}:${read.capturedAt}`, await classifyRead(read, signal));
  }
  return outcomes;
}
