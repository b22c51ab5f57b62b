// expect: none
// The retry helper checks the signal before each attempt, rethrows aborts instead of retrying them, and waits out the backoff with the same signal so cancellation is never swallowed.
import { setTimeout as delay } from "node:timers/promises";

export interface VaneOrder {
  orderId: string;
  motif: "cockerel" | "fox" | "ship" | "witch" | "fish";
  metal: "copper" | "steel" | "brass";
  heightCm: number;
  gilded: boolean;
}

interface ForgeSlot {
  slotId: string;
  day: string;
  hours: number;
}

declare const forge: {
  reserve(order: VaneOrder, opts: { signal: AbortSignal }): Promise<ForgeSlot>;
};

declare const gilder: {
  book(orderId: string, day: string, opts: { signal: AbortSignal }): Promise<{ bookingId: string }>;
};

export class ForgeBusyError extends Error {
  readonly retryable = true;
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === "AbortError" || err.name === "TimeoutError");
}

export async function withRetries<T>(
  op: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal,
  attempts = 4,
  baseDelayMs = 500,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    signal.throwIfAborted();
    try {
      return await op(signal);
    } catch (err) {
      if (signal.aborted || isAbortError(err)) throw err;
      if (!(err instanceof ForgeBusyError) || attempt >= attempts) throw err;
      await delay(baseDelayMs * 2 ** (attempt - 1), undefined, { signal });
    }
  }
}

function forgeHours(order: VaneOrder): number {
  const base = order.metal === "steel" ? 6 : 4;
  return base + Math.ceil(order.heightCm / 30) + (order.motif === "ship" ? 3 : 0);
}

export async function scheduleVane(
  order: VaneOrder,
  signal: AbortSignal,
): Promise<{ slot: ForgeSlot; gildingBooking?: string; estimatedHours: number }> {
  const slot = await withRetries((s) => forge.reserve(order, { signal: s }), signal);
  let gildingBooking: string | undefined;
  if (order.gilded) {
    const booking = await withRetries((s) => gilder.book(order.orderId, slot.day, { signal: s }), signal, 2);
    gildingBooking = booking.bookingId;
  }
  return { slot, gildingBooking, estimatedHours: Math.max(slot.hours, forgeHours(order)) };
}
