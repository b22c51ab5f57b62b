// expect: no-swallowed-abort
// The courier failover loop catches the AbortError from a cancelled dispatch like any other failure, moves on to the next courier, and finally reports a generic AggregateError instead of the abort.
import { randomUUID } from 'node:crypto';

export interface BloodUnitShipment {
  unitIds: string[];
  product: 'RBC' | 'FFP' | 'PLT' | 'CRYO';
  destinationHospital: string;
  priority: 'stat' | 'urgent' | 'routine';
}

export interface CourierProvider {
  name: string;
  endpoint: string;
  apiKey: string;
  handlesPlatelets: boolean;
}

export interface CourierBooking {
  courier: string;
  bookingId: string;
  etaMinutes: number;
}

export interface DispatchRequest {
  shipment: BloodUnitShipment;
  signal: AbortSignal;
}

async function bookWithProvider(
  provider: CourierProvider,
  shipment: BloodUnitShipment,
  signal: AbortSignal,
): Promise<CourierBooking> {
  const res = await fetch(`${provider.endpoint}/v2/bookings`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': provider.apiKey,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({
      cargo: 'blood-products',
      temperatureBand: shipment.product === 'PLT' ? '20-24C' : shipment.product === 'RBC' ? '2-6C' : 'frozen',
      units: shipment.unitIds.length,
      dropoff: shipment.destinationHospital,
      priority: shipment.priority,
    }),
    signal,
  });

  if (res.status === 409) {
    throw new Error(`${provider.name} has no driver available`);
  }
  if (!res.ok) {
    throw new Error(`${provider.name} booking failed: HTTP ${res.status}`);
  }
  const body = (await res.json()) as { id: string; eta_minutes: number };
  return { courier: provider.name, bookingId: body.id, etaMinutes: body.eta_minutes };
}

export class CourierDispatcher {
  constructor(private readonly providers: CourierProvider[]) {}

  private eligible(shipment: BloodUnitShipment): CourierProvider[] {
    return shipment.product === 'PLT'
      ? this.providers.filter((p) => p.handlesPlatelets)
      : this.providers;
  }

  async dispatch({ shipment, signal }: DispatchRequest): Promise<CourierBooking> {
    const candidates = this.eligible(shipment);
    const failures: unknown[] = [];

    for (const provider of candidates) {
      try {
        return await bookWithProvider(provider, shipment, signal);
      } catch (err) {
        failures.push(err);
      }
    }

    throw new AggregateError(
      failures,
      `no courier accepted shipment of ${shipment.unitIds.length} ${shipment.product} unit(s)`,
    );
  }
}
