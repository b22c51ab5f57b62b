// expect: no-leaked-race
// The deadline timer in fareWithDeadline is never cleared when the fare service answers first, so every successful lookup leaves a live timer that later aborts a finished request and keeps the audit CLI alive for the full deadline.
export interface FareQuote {
  tripId: string;
  fareCents: number;
  tariff: 'day' | 'night' | 'holiday';
  surchargeCents: number;
}

export class FareTimeoutError extends Error {
  constructor(readonly tripId: string, readonly ms: number) {
    super(`fare service did not answer for ${tripId} within ${ms}ms`);
    this.name = 'FareTimeoutError';
  }
}

async function fetchFare(baseUrl: string, tripId: string, signal: AbortSignal): Promise<FareQuote> {
  const res = await fetch(`${baseUrl}/fares/${encodeURIComponent(tripId)}`, { signal });
  if (!res.ok) throw new Error(`fare service ${res.status} for ${tripId}`);
  return (await res.json()) as FareQuote;
}

export function fareWithDeadline(baseUrl: string, tripId: string, ms = 3_000): Promise<FareQuote> {
  const ctrl = new AbortController();
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => {
      ctrl.abort();
      reject(new FareTimeoutError(tripId, ms));
    }, ms);
  });
  return Promise.race([fetchFare(baseUrl, tripId, ctrl.signal), deadline]);
}

export interface MeterTrip {
  tripId: string;
  meterFareCents: number;
}

export interface Discrepancy {
  tripId: string;
  meterFareCents: number;
  expectedCents: number;
}

export async function auditFares(baseUrl: string, trips: MeterTrip[], toleranceCents = 20): Promise<{ discrepancies: Discrepancy[]; timedOut: string[] }> {
  const discrepancies: Discrepancy[] = [];
  const timedOut: string[] = [];
  for (const trip of trips) {
    let quote: FareQuote;
    try {
      quote = await fareWithDeadline(baseUrl, trip.tripId);
    } catch (err) {
      if (err instanceof FareTimeoutError) {
        timedOut.push(trip.tripId);
        continue;
      }
      throw err;
    }
    const expectedCents = quote.fareCents + quote.surchargeCents;
    if (Math.abs(expectedCents - trip.meterFareCents) > toleranceCents) {
      discrepancies.push({ tripId: trip.tripId, meterFareCents: trip.meterFareCents, expectedCents });
    }
  }
  return { discrepancies, timedOut };
}
