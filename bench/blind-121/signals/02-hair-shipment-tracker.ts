// expect: none
// waitForShipment() hands the caller's signal both to each fetch and to the timers/promises sleep between polls, so an abort interrupts either immediately.
import { setTimeout as sleep } from 'node:timers/promises';

export type ShipmentState = 'ordered' | 'packed' | 'in-transit' | 'customs' | 'delivered' | 'lost';

export interface Shipment {
  orderId: string;
  supplier: string;
  state: ShipmentState;
  hanks: number;
  eta?: string;
}

export interface TrackOptions {
  signal: AbortSignal;
  pollMs?: number;
  maxPolls?: number;
}

export class HairSupplierClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async getShipment(orderId: string, signal: AbortSignal): Promise<Shipment> {
    const res = await fetch(`${this.baseUrl}/orders/${encodeURIComponent(orderId)}/shipment`, {
      headers: { authorization: `Bearer ${this.apiKey}` },
      signal,
    });
    if (!res.ok) {
      throw new Error(`supplier returned ${res.status} for order ${orderId}`);
    }
    return (await res.json()) as Shipment;
  }

  async waitForShipment(orderId: string, options: TrackOptions): Promise<Shipment> {
    const pollMs = options.pollMs ?? 60_000;
    const maxPolls = options.maxPolls ?? 120;
    let last: Shipment | undefined;

    for (let poll = 0; poll < maxPolls; poll++) {
      last = await this.getShipment(orderId, options.signal);
      if (last.state === 'delivered') return last;
      if (last.state === 'lost') {
        throw new Error(`shipment for order ${orderId} reported lost by ${last.supplier}`);
      }
      await sleep(last.state === 'customs' ? pollMs * 4 : pollMs, undefined, { signal: options.signal });
    }
    throw new Error(`order ${orderId} still ${last?.state ?? 'unknown'} after ${maxPolls} polls`);
  }
}

export async function restockWhenDelivered(
  client: HairSupplierClient,
  orderId: string,
  addToInventory: (hanks: number) => void,
  signal: AbortSignal,
): Promise<number> {
  const shipment = await client.waitForShipment(orderId, { signal, pollMs: 15 * 60_000 });
  addToInventory(shipment.hanks);
  return shipment.hanks;
}
