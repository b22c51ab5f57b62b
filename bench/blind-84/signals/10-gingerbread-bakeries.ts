// expect: no-swallowed-abort
// submitDecoratingOrder() wraps every fetch failure, including the AbortError from a cancelled checkout, in a retryable BakeryApiError, so the caller's abort check never matches and the cancellation is shown as a failure.
export interface DecorOrder {
  orderId: string;
  pieces: Array<{ shape: "house" | "man" | "star" | "sleigh"; icing: "royal" | "fondant"; quantity: number }>;
  pickupAt: string;
  message?: string;
}

export interface OrderAck {
  orderId: string;
  bakeSlot: string;
  totalCents: number;
}

export class BakeryApiError extends Error {
  constructor(message: string, readonly retryable: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BakeryApiError";
  }
}

declare const checkoutUi: {
  showConfirmation(ack: OrderAck): void;
  showFailure(message: string, canRetry: boolean): void;
};

const ORDER_URL = "https://orders.gingerbread.example/v3/decorating";
const MAX_PIECES = 400;

function validate(order: DecorOrder): void {
  const total = order.pieces.reduce((sum, p) => sum + p.quantity, 0);
  if (total === 0) throw new BakeryApiError("order has no pieces", false);
  if (total > MAX_PIECES) throw new BakeryApiError(`orders above ${MAX_PIECES} pieces need a trade account`, false);
  if (order.message && order.message.length > 40) throw new BakeryApiError("icing message is limited to 40 characters", false);
}

export async function submitDecoratingOrder(order: DecorOrder, signal: AbortSignal): Promise<OrderAck> {
  validate(order);
  let res: Response;
  try {
    res = await fetch(ORDER_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(order),
      signal,
    });
  } catch (err) {
    throw new BakeryApiError(`could not reach the bakery to submit ${order.orderId}`, true, { cause: err });
  }
  if (res.status === 409) throw new BakeryApiError("that pickup slot is full", false);
  if (!res.ok) throw new BakeryApiError(`bakery API returned ${res.status}`, res.status >= 500);
  return (await res.json()) as OrderAck;
}

export async function onCheckout(order: DecorOrder, signal: AbortSignal): Promise<void> {
  try {
    const ack = await submitDecoratingOrder(order, signal);
    checkoutUi.showConfirmation(ack);
  } catch (err) {
    if (err instanceof Error && err.name === "AbortError") throw err;
    if (err instanceof BakeryApiError) {
      checkoutUi.showFailure(err.message, err.retryable);
      return;
    }
    throw err;
  }
}
