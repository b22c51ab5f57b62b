// expect: no-reused-settled-promise
// waitForDelivery asks the carrier for the shipment status once and then re-awaits that same settled promise on every poll, so it sees "in transit" forever and always gives up after maxPolls even when the ribbons have arrived.
import { setTimeout as sleep } from 'node:timers/promises';

export type ShipmentStatus =
  | { state: 'label-created' }
  | { state: 'in-transit'; lastScan: string }
  | { state: 'delivered'; signedBy: string; at: string }
  | { state: 'exception'; reason: string };

export interface CarrierApi {
  status(trackingNo: string, opts: { signal?: AbortSignal }): Promise<ShipmentStatus>;
}

export interface RibbonOrder {
  po: string;
  supplier: string;
  trackingNo: string;
  skus: string[];
}

export class DeliveryTimeout extends Error {
  constructor(readonly po: string, polls: number) {
    super(`PO ${po}: not delivered after ${polls} status checks`);
    this.name = 'DeliveryTimeout';
  }
}

export async function waitForDelivery(
  carrier: CarrierApi,
  order: RibbonOrder,
  opts: { signal: AbortSignal; everyMs?: number; maxPolls?: number },
): Promise<{ signedBy: string; at: string }> {
  const { signal, everyMs = 30 * 60_000, maxPolls = 96 } = opts;
  const current = carrier.status(order.trackingNo, { signal });

  for (let poll = 1; poll <= maxPolls; poll++) {
    const s = await current;
    switch (s.state) {
      case 'delivered':
        return { signedBy: s.signedBy, at: s.at };
      case 'exception':
        throw new Error(`PO ${order.po}: carrier exception — ${s.reason}`);
      default:
        await sleep(everyMs, undefined, { signal });
    }
  }
  throw new DeliveryTimeout(order.po, maxPolls);
}

export async function receiveOrders(carrier: CarrierApi, orders: RibbonOrder[], signal: AbortSignal): Promise<string[]> {
  const lines: string[] = [];
  for (const order of orders) {
    const { signedBy, at } = await waitForDelivery(carrier, order, { signal });
    lines.push(`${order.po} from ${order.supplier}: ${order.skus.length} SKUs signed for by ${signedBy} at ${at}`);
  }
  return lines;
}
