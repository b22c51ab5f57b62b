// expect: none
// Correct: request.signal is combined with a deadline via AbortSignal.any and passed to every downstream call; only a payment decline is turned into a response.
export interface ExitTicket {
  ticketId: string;
  gateId: string;
  plate: string;
}

export interface Fee {
  cents: number;
  minutesParked: number;
}

declare const tariffService: {
  quote(ticketId: string, options: { signal: AbortSignal }): Promise<Fee>;
};

declare const paymentGateway: {
  capture(ticketId: string, cents: number, options: { signal: AbortSignal }): Promise<{ receipt: string }>;
};

declare const gateController: {
  raise(gateId: string, options: { signal: AbortSignal }): Promise<void>;
};

export class PaymentDeclinedError extends Error {
  constructor(readonly ticketId: string, readonly code: string) {
    super(`payment for ${ticketId} declined (${code})`);
    this.name = 'PaymentDeclinedError';
  }
}

const EXIT_DEADLINE_MS = 4_000;
const GRACE_MINUTES = 15;

function isExitTicket(value: unknown): value is ExitTicket {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.ticketId === 'string' && typeof v.gateId === 'string' && typeof v.plate === 'string';
}

export async function handleExit(request: Request): Promise<Response> {
  const body: unknown = await request.json();
  if (!isExitTicket(body)) {
    return Response.json({ error: 'malformed exit ticket' }, { status: 400 });
  }

  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(EXIT_DEADLINE_MS)]);
  const downstream = { signal };

  try {
    const fee = await tariffService.quote(body.ticketId, downstream);
    let receipt: string | null = null;
    if (fee.minutesParked > GRACE_MINUTES && fee.cents > 0) {
      ({ receipt } = await paymentGateway.capture(body.ticketId, fee.cents, downstream));
    }
    await gateController.raise(body.gateId, downstream);
    return Response.json({ ticketId: body.ticketId, charged: fee.cents, receipt });
  } catch (err) {
    if (err instanceof PaymentDeclinedError) {
      return Response.json({ error: 'payment declined', code: err.code }, { status: 402 });
    }
    throw err;
  }
}
