// expect: none
// The client's request.signal is combined with a deadline and passed to every call; the hold release deliberately uses its own timeout signal.
export interface CheckoutBody {
  listingId: string;
  buyerId: string;
  paymentToken: string;
}

interface SeatHold {
  holdId: string;
  listingId: string;
  priceCents: number;
  expiresAt: string;
}

interface PaymentResult {
  chargeId: string;
  status: 'captured' | 'declined';
}

declare const resaleApi: {
  baseUrl: string;
  serviceKey: string;
};

const CHECKOUT_DEADLINE_MS = 8_000;
const RELEASE_DEADLINE_MS = 3_000;

async function callApi<T>(path: string, body: unknown, signal: AbortSignal): Promise<T> {
  const res = await fetch(new URL(path, resaleApi.baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Service ${resaleApi.serviceKey}` },
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok) throw new Error(`${path} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function isCheckoutBody(value: unknown): value is CheckoutBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.listingId === 'string' && typeof v.buyerId === 'string' && typeof v.paymentToken === 'string';
}

export async function handleCheckout(request: Request): Promise<Response> {
  const body: unknown = await request.json();
  if (!isCheckoutBody(body)) {
    return Response.json({ error: 'listingId, buyerId and paymentToken are required' }, { status: 400 });
  }

  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(CHECKOUT_DEADLINE_MS)]);
  const hold = await callApi<SeatHold>('/holds', { listingId: body.listingId, buyerId: body.buyerId }, signal);

  let payment: PaymentResult;
  try {
    payment = await callApi<PaymentResult>(
      '/payments/capture',
      { token: body.paymentToken, amountCents: hold.priceCents, idempotencyKey: hold.holdId },
      signal,
    );
  } catch (err) {
    await callApi('/holds/release', { holdId: hold.holdId }, AbortSignal.timeout(RELEASE_DEADLINE_MS));
    throw err;
  }

  if (payment.status === 'declined') {
    await callApi('/holds/release', { holdId: hold.holdId }, AbortSignal.timeout(RELEASE_DEADLINE_MS));
    return Response.json({ error: 'payment declined' }, { status: 402 });
  }

  const transfer = await callApi<{ ticketId: string; barcodeUrl: string }>(
    '/transfers',
    { holdId: hold.holdId, chargeId: payment.chargeId, buyerId: body.buyerId },
    signal,
  );
  return Response.json({ ticketId: transfer.ticketId, barcodeUrl: transfer.barcodeUrl }, { status: 201 });
}
