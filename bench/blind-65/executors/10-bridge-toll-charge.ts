// expect: none
// Each callback branch returns right after rejecting, and the gate listeners are one-shot and remove each other.
import { EventEmitter } from 'node:events';

export type VehicleClass = 'motorcycle' | 'car' | 'van' | 'truck-2axle' | 'truck-multi';

export interface Passage {
  boothId: string;
  plate: string;
  vehicleClass: VehicleClass;
  transponderId?: string;
  at: Date;
}

export interface ChargeReceipt {
  receiptId: string;
  amountCents: number;
  method: 'transponder' | 'plate-invoice';
}

type LedgerCallback = (err: Error | null, receiptId?: string) => void;

declare const tollLedger: {
  appendCharge(entry: { plate: string; amountCents: number; method: string; boothId: string }, cb: LedgerCallback): void;
};

const RATES_CENTS: Record<VehicleClass, number> = {
  motorcycle: 250,
  car: 500,
  van: 700,
  'truck-2axle': 1200,
  'truck-multi': 2100,
};

export function priceFor(passage: Passage): number {
  const base = RATES_CENTS[passage.vehicleClass];
  const hour = passage.at.getHours();
  const peak = (hour >= 7 && hour < 10) || (hour >= 16 && hour < 19);
  const surcharge = peak ? Math.round(base * 0.25) : 0;
  const discount = passage.transponderId ? Math.round(base * 0.1) : 0;
  return base + surcharge - discount;
}

export function recordCharge(passage: Passage): Promise<ChargeReceipt> {
  const amountCents = priceFor(passage);
  const method = passage.transponderId ? 'transponder' : 'plate-invoice';

  return new Promise((resolve, reject) => {
    tollLedger.appendCharge(
      { plate: passage.plate, amountCents, method, boothId: passage.boothId },
      (err, receiptId) => {
        if (err) {
          return reject(new Error(`Ledger rejected charge for ${passage.plate}: ${err.message}`, { cause: err }));
        }
        if (!receiptId) {
          return reject(new Error(`Ledger returned no receipt for ${passage.plate}`));
        }
        resolve({ receiptId, amountCents, method });
      },
    );
  });
}

export function waitForGateClear(gate: EventEmitter, plate: string, timeoutMs: number): Promise<number> {
  const openedAt = Date.now();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      gate.off('cleared', onCleared);
      gate.off('obstructed', onObstructed);
    };
    const onCleared = () => {
      cleanup();
      resolve(Date.now() - openedAt);
    };
    const onObstructed = (sensor: string) => {
      cleanup();
      reject(new Error(`Gate obstructed at ${sensor} while ${plate} was passing`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Gate did not clear for ${plate} within ${timeoutMs}ms`));
    }, timeoutMs);

    gate.once('cleared', onCleared);
    gate.once('obstructed', onObstructed);
  });
}

export async function processPassage(gate: EventEmitter, passage: Passage): Promise<ChargeReceipt & { clearMs: number }> {
  const receipt = await recordCharge(passage);
  gate.emit('open', passage.plate);
  const clearMs = await waitForGateClear(gate, passage.plate, 15_000);
  return { ...receipt, clearMs };
}
