// expect: no-promise-as-value
// Bug: the audit line interpolates inventory.remaining(), which is async, so the log says "[object Promise]" instead of the stock count.
import { randomUUID } from 'node:crypto';

export interface DispenseOrder {
  ndc: string;
  patientMrn: string;
  quantity: number;
  prescriberId: string;
  controlled: boolean;
}

export interface DispenseResult {
  transactionId: string;
  binLocation: string;
  dispensedAt: Date;
}

interface InventoryService {
  reserve(ndc: string, qty: number): Promise<{ bin: string; lot: string }>;
  release(ndc: string, qty: number): Promise<void>;
  remaining(ndc: string): Promise<number>;
}

interface AuditTrail {
  write(entry: string): Promise<void>;
}

interface WitnessGate {
  requireSecondSignature(orderId: string): Promise<boolean>;
}

export class DispensingStation {
  constructor(
    private readonly stationId: string,
    private readonly inventory: InventoryService,
    private readonly audit: AuditTrail,
    private readonly witness: WitnessGate,
  ) {}

  async dispense(order: DispenseOrder): Promise<DispenseResult> {
    if (order.quantity <= 0) {
      throw new RangeError(`Invalid quantity ${order.quantity} for ${order.ndc}`);
    }

    const transactionId = randomUUID();

    if (order.controlled) {
      const signed = await this.witness.requireSecondSignature(transactionId);
      if (!signed) {
        await this.audit.write(`[${this.stationId}] ${transactionId} witness declined for ${order.ndc}`);
        throw new Error('Controlled substance dispense requires a witness signature');
      }
    }

    const reservation = await this.inventory.reserve(order.ndc, order.quantity);

    try {
      await this.openDrawer(reservation.bin);
    } catch (err) {
      await this.inventory.release(order.ndc, order.quantity);
      throw err;
    }

    const remaining = this.inventory.remaining(order.ndc);
    await this.audit.write(
      `[${this.stationId}] ${transactionId} dispensed ${order.quantity} x ${order.ndc} ` +
        `lot ${reservation.lot} for MRN ${order.patientMrn}; on hand ${remaining}`,
    );

    return {
      transactionId,
      binLocation: reservation.bin,
      dispensedAt: new Date(),
    };
  }

  private async openDrawer(bin: string): Promise<void> {
    const res = await fetch(`http://localhost:7410/drawers/${encodeURIComponent(bin)}/open`, {
      method: 'POST',
      headers: { 'x-station': this.stationId },
    });
    if (!res.ok) {
      throw new Error(`Drawer ${bin} failed to open: HTTP ${res.status}`);
    }
  }
}
