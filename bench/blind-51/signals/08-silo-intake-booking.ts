// expect: none
// bookIntakeSlot lets AbortError propagate unchanged (rethrown before any fallback) and only converts HTTP/validation failures into a 'rejected' booking.
export interface BeetDelivery {
  growerId: string;
  trailerReg: string;
  tonnes: number;
  sugarPercent: number;
  arrivalIso: string;
}

export type BookingOutcome =
  | { status: 'booked'; siloId: string; slotIso: string }
  | { status: 'rejected'; reason: string };

declare const intakeApi: {
  baseUrl: string;
  token: string;
};
declare const factoryLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

class IntakeHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'IntakeHttpError';
  }
}

const MIN_SUGAR_PERCENT = 14;

function isAbort(err: unknown): boolean {
  return (err instanceof DOMException || err instanceof Error) && err.name === 'AbortError';
}

async function postBooking(delivery: BeetDelivery, signal: AbortSignal): Promise<{ siloId: string; slotIso: string }> {
  const response = await fetch(`${intakeApi.baseUrl}/intake/bookings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${intakeApi.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(delivery),
    signal,
  });
  if (!response.ok) {
    throw new IntakeHttpError(response.status, await response.text());
  }
  return (await response.json()) as { siloId: string; slotIso: string };
}

export async function bookIntakeSlot(delivery: BeetDelivery, signal: AbortSignal): Promise<BookingOutcome> {
  if (delivery.sugarPercent < MIN_SUGAR_PERCENT) {
    return { status: 'rejected', reason: `sugar ${delivery.sugarPercent}% below intake minimum` };
  }
  try {
    const slot = await postBooking(delivery, signal);
    factoryLog.info('intake slot booked', { trailer: delivery.trailerReg, ...slot });
    return { status: 'booked', ...slot };
  } catch (err) {
    if (isAbort(err)) throw err;
    if (err instanceof IntakeHttpError && err.status < 500) {
      return { status: 'rejected', reason: err.message };
    }
    factoryLog.warn('intake service error', { trailer: delivery.trailerReg, error: String(err) });
    throw err;
  }
}

export async function bookConvoy(deliveries: BeetDelivery[], signal: AbortSignal): Promise<Map<string, BookingOutcome>> {
  const outcomes = new Map<string, BookingOutcome>();
  const ordered = [...deliveries].sort((a, b) => a.arrivalIso.localeCompare(b.arrivalIso));
  for (const delivery of ordered) {
    outcomes.set(delivery.trailerReg, await bookIntakeSlot(delivery, signal));
  }
  return outcomes;
}

export function bookedTonnes(outcomes: Map<string, BookingOutcome>, deliveries: BeetDelivery[]): number {
  return deliveries
    .filter((d) => outcomes.get(d.trailerReg)?.status === 'booked')
    .reduce((sum, d) => sum + d.tonnes, 0);
}
