// expect: none
// The handoff race clears its timer in finally, aborts the losing courier request through its own controller and removes the caller's abort listener, so nothing from the race outlives the call.
export interface Handoff {
  jarId: string;
  from: string;
  to: string;
  pickupWindowMin: number;
}

export interface CourierApi {
  requestPickup(handoff: Handoff, opts: { signal: AbortSignal }): Promise<{ courierId: string; etaMin: number }>;
}

export class HandoffTimeout extends Error {
  constructor(jarId: string, ms: number) {
    super(`no courier accepted jar ${jarId} within ${ms}ms`);
    this.name = 'HandoffTimeout';
  }
}

export async function bookCourier(
  api: CourierApi,
  handoff: Handoff,
  acceptWithinMs: number,
  signal: AbortSignal,
): Promise<{ courierId: string; etaMin: number }> {
  signal.throwIfAborted();
  const attempt = new AbortController();
  const onCallerAbort = () => attempt.abort(signal.reason);
  signal.addEventListener('abort', onCallerAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HandoffTimeout(handoff.jarId, acceptWithinMs)), acceptWithinMs);
  });

  try {
    const booking = await Promise.race([api.requestPickup(handoff, { signal: attempt.signal }), deadline]);
    if (booking.etaMin > handoff.pickupWindowMin) {
      throw new Error(`courier ${booking.courierId} cannot arrive within ${handoff.pickupWindowMin} min`);
    }
    return booking;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onCallerAbort);
    attempt.abort(); // no-op if the courier already answered; cancels the request if the deadline won
  }
}

export async function bookFirstAvailable(
  api: CourierApi,
  handoffs: Handoff[],
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const booked = new Map<string, string>();
  for (const h of handoffs) {
    const { courierId } = await bookCourier(api, h, 30_000, signal);
    booked.set(h.jarId, courierId);
  }
  return booked;
}
