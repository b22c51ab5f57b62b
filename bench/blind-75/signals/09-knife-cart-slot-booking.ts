// expect: no-swallowed-abort
// The catch-all wraps every failure, including an AbortError from a cancelled booking, in a generic BookingError so cancellation is reported as a booking failure.
export interface SlotRequest {
  cartId: string;
  street: string;
  date: string;
  knives: number;
}

export interface Slot {
  slotId: string;
  cartId: string;
  startsAt: string;
  endsAt: string;
}

declare const bookingApi: {
  baseUrl: string;
  key: string;
};

declare const customerNotices: {
  show(kind: 'success' | 'error', message: string): void;
};

export class BookingError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BookingError';
  }
}

function minutesNeeded(knives: number): number {
  return Math.max(15, Math.ceil(knives * 4 / 5) * 5);
}

export async function requestSlot(request: SlotRequest, signal: AbortSignal): Promise<Slot> {
  const body = JSON.stringify({
    cart_id: request.cartId,
    street: request.street,
    date: request.date,
    minutes: minutesNeeded(request.knives),
  });
  try {
    const res = await fetch(`${bookingApi.baseUrl}/slots`, {
      method: 'POST',
      body,
      signal,
      headers: { 'content-type': 'application/json', 'x-api-key': bookingApi.key },
    });
    if (res.status === 409) {
      throw new BookingError(`cart ${request.cartId} is fully booked on ${request.street} for ${request.date}`);
    }
    if (!res.ok) throw new BookingError(`booking service answered ${res.status}`);
    return (await res.json()) as Slot;
  } catch (err) {
    if (err instanceof BookingError) throw err;
    throw new BookingError(`could not book a sharpening slot for cart ${request.cartId}`, { cause: err });
  }
}

export class BookingForm {
  private inflight: AbortController | undefined;

  async submit(request: SlotRequest): Promise<Slot | undefined> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    try {
      const slot = await requestSlot(request, controller.signal);
      customerNotices.show('success', `Booked ${slot.startsAt.slice(11, 16)}–${slot.endsAt.slice(11, 16)}`);
      return slot;
    } catch (err) {
      if (!(err instanceof BookingError)) throw err;
      customerNotices.show('error', err.message);
      return undefined;
    } finally {
      if (this.inflight === controller) this.inflight = undefined;
    }
  }

  cancel(): void {
    this.inflight?.abort();
  }
}
