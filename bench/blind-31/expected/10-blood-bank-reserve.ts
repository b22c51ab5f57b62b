// expect: no-reused-settled-promise
// reserveWithRetry starts one reservation request and each retry re-awaits that already-rejected promise instead of issuing a new request.
import { setTimeout as delay } from 'node:timers/promises';

export type AboRh = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface UnitRequest {
  orderId: string;
  hospitalId: string;
  group: AboRh;
  component: 'RBC' | 'platelets' | 'plasma';
  units: number;
  urgent: boolean;
}

export interface Reservation {
  reservationId: string;
  unitIds: string[];
  expiresAt: Date;
}

export class InventoryConflict extends Error {
  readonly retryable = true;
  constructor(message: string) {
    super(message);
    this.name = 'InventoryConflict';
  }
}

declare const inventoryApi: {
  reserve(req: UnitRequest): Promise<Reservation>;
  compatibleGroups(recipient: AboRh, component: UnitRequest['component']): AboRh[];
};

declare const courier: { book(hospitalId: string, reservationId: string, urgent: boolean): Promise<{ eta: Date }> };
declare const audit: { write(event: string, data: Record<string, unknown>): void };

function isRetryable(err: unknown): boolean {
  return err instanceof InventoryConflict || (err instanceof Error && /ECONNRESET|ETIMEDOUT/.test(err.message));
}

async function reserveWithRetry(req: UnitRequest, attempts = 4): Promise<Reservation> {
  const pending = inventoryApi.reserve(req);
  let backoff = req.urgent ? 50 : 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await pending;
    } catch (err) {
      if (!isRetryable(err) || attempt >= attempts) throw err;
      audit.write('reserve.retry', { orderId: req.orderId, attempt, reason: String(err) });
      await delay(backoff);
      backoff *= 2;
    }
  }
}

export async function fulfilOrder(req: UnitRequest): Promise<{ reservation: Reservation; eta: Date; group: AboRh }> {
  const groups = inventoryApi.compatibleGroups(req.group, req.component);
  let lastError: unknown = new Error(`No compatible groups for ${req.group}`);

  for (const group of groups) {
    try {
      const reservation = await reserveWithRetry({ ...req, group });
      const { eta } = await courier.book(req.hospitalId, reservation.reservationId, req.urgent);
      audit.write('order.fulfilled', {
        orderId: req.orderId,
        requested: req.group,
        issued: group,
        units: reservation.unitIds.length,
      });
      return { reservation, eta, group };
    } catch (err) {
      lastError = err;
      audit.write('order.group-unavailable', { orderId: req.orderId, group, reason: String(err) });
    }
  }
  throw lastError;
}
