// expect: none
// The request signal reaches every fetch through a RequestInit built in requestInit(), combined with a per-call timeout via AbortSignal.any.
export interface TourSlot {
  slotId: string;
  glacier: string;
  departsAt: string;
  seatsLeft: number;
  crampons: boolean;
}

export interface BookingRequest {
  slotId: string;
  party: number;
  leadGuest: string;
  signal: AbortSignal;
}

export interface Booking {
  bookingId: string;
  slotId: string;
  party: number;
  totalCents: number;
}

declare const config: {
  toursApi: string;
  apiKey: string;
  perCallTimeoutMs: number;
};

function requestInit(signal: AbortSignal, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { 'x-api-key': config.apiKey, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    signal: AbortSignal.any([signal, AbortSignal.timeout(config.perCallTimeoutMs)]),
  };
}

async function expectOk<T>(res: Response, context: string): Promise<T> {
  if (!res.ok) {
    const detail = await res.text();
    throw new Error(`${context}: HTTP ${res.status} ${detail.slice(0, 200)}`);
  }
  return (await res.json()) as T;
}

export async function findSlot(slotId: string, signal: AbortSignal): Promise<TourSlot> {
  const res = await fetch(`${config.toursApi}/slots/${encodeURIComponent(slotId)}`, requestInit(signal));
  return expectOk<TourSlot>(res, `slot ${slotId}`);
}

export async function book(request: BookingRequest): Promise<Booking> {
  const { slotId, party, leadGuest, signal } = request;
  const slot = await findSlot(slotId, signal);

  if (slot.seatsLeft < party) {
    throw new Error(`only ${slot.seatsLeft} seats left on ${slot.glacier} at ${slot.departsAt}`);
  }
  if (slot.crampons && party > 12) {
    throw new Error('crampon walks are capped at 12 guests per guide');
  }

  const init = requestInit(signal, {
    method: 'POST',
    body: JSON.stringify({ slotId, party, leadGuest }),
  });
  const res = await fetch(`${config.toursApi}/bookings`, init);
  return expectOk<Booking>(res, `booking ${slotId}`);
}
