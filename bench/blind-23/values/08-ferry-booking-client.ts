// expect: no-promise-as-value
// Bug: quoteFare is async, but its promise is placed in the booking payload passed to JSON.stringify, so the server receives `"fare": {}` instead of the amount.
import { randomUUID } from 'node:crypto';

export type PassengerKind = 'adult' | 'child' | 'senior' | 'foot-cyclist';

export interface BookingRequest {
  route: string;
  sailing: string; // ISO departure time
  passengers: Record<PassengerKind, number>;
  vehicle?: { kind: 'car' | 'van' | 'motorbike'; lengthM: number };
}

export interface BookingConfirmation {
  reference: string;
  sailing: string;
  fare: number;
}

interface FareTable {
  base: Record<PassengerKind, number>;
  vehiclePerMetre: number;
  peakMultiplier: number;
}

const TICKETING_API = 'https://tickets.harbourline.example/api/v2';

async function loadFareTable(route: string): Promise<FareTable> {
  const res = await fetch(`${TICKETING_API}/routes/${encodeURIComponent(route)}/fares`);
  if (!res.ok) throw new Error(`fare table unavailable for ${route}`);
  return (await res.json()) as FareTable;
}

function isPeakSailing(sailing: string): boolean {
  const d = new Date(sailing);
  const hour = d.getUTCHours();
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  return weekend || (hour >= 7 && hour < 9) || (hour >= 16 && hour < 19);
}

export async function quoteFare(req: BookingRequest): Promise<number> {
  const table = await loadFareTable(req.route);
  let total = 0;
  for (const [kind, count] of Object.entries(req.passengers) as [PassengerKind, number][]) {
    total += table.base[kind] * count;
  }
  if (req.vehicle) total += Math.ceil(req.vehicle.lengthM) * table.vehiclePerMetre;
  if (isPeakSailing(req.sailing)) total *= table.peakMultiplier;
  return Math.round(total * 100) / 100;
}

export async function bookSailing(req: BookingRequest, customerId: string): Promise<BookingConfirmation> {
  const passengerCount = Object.values(req.passengers).reduce((a, b) => a + b, 0);
  if (passengerCount === 0) throw new Error('a booking needs at least one passenger');

  const payload = {
    requestId: randomUUID(),
    customerId,
    route: req.route,
    sailing: req.sailing,
    passengers: req.passengers,
    vehicle: req.vehicle ?? null,
    fare: quoteFare(req),
  };

  const res = await fetch(`${TICKETING_API}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': payload.requestId },
    body: JSON.stringify(payload),
  });
  if (res.status === 409) throw new Error(`sailing ${req.sailing} is full`);
  if (!res.ok) throw new Error(`booking failed: ${res.status} ${await res.text()}`);

  const body = (await res.json()) as { reference: string; fare: number };
  return { reference: body.reference, sailing: req.sailing, fare: body.fare };
}
