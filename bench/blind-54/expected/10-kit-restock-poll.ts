// expect: none
// The poll loop re-issues supplier.orderStatus() on every iteration and awaits the new request, so each check sees fresh status.
import { setTimeout as sleep } from "node:timers/promises";

export type BalloonSize = "160Q" | "260Q" | "350Q" | "646Q";

export interface KitManifest {
  kitId: string;
  balloons: Record<BalloonSize, number>;
  pumps: number;
  instructionCards: string[];
}

export interface RestockOrder {
  orderId: string;
  status: "queued" | "picking" | "shipped" | "cancelled";
  trackingCode?: string;
  updatedAt: string;
}

declare const supplier: {
  placeOrder(lines: Array<{ size: BalloonSize; gross: number }>): Promise<RestockOrder>;
  orderStatus(orderId: string): Promise<RestockOrder>;
};
declare const warehouse: { onHand(): Promise<Record<BalloonSize, number>> };

const GROSS = 144;
const POLL_INTERVAL_MS = 30_000;

export function shortfall(kits: KitManifest[], onHand: Record<BalloonSize, number>): Map<BalloonSize, number> {
  const needed = new Map<BalloonSize, number>();
  for (const kit of kits) {
    for (const [size, count] of Object.entries(kit.balloons) as Array<[BalloonSize, number]>) {
      needed.set(size, (needed.get(size) ?? 0) + count);
    }
  }
  for (const [size, count] of needed) {
    const missing = count - (onHand[size] ?? 0);
    if (missing > 0) needed.set(size, missing);
    else needed.delete(size);
  }
  return needed;
}

export async function waitUntilShipped(orderId: string, maxWaitMs = 4 * 60 * 60_000): Promise<RestockOrder> {
  const deadline = Date.now() + maxWaitMs;
  let order = await supplier.orderStatus(orderId);
  while (order.status === "queued" || order.status === "picking") {
    if (Date.now() + POLL_INTERVAL_MS > deadline) {
      throw new Error(`order ${orderId} still ${order.status} after ${maxWaitMs / 60_000} minutes`);
    }
    await sleep(POLL_INTERVAL_MS);
    order = await supplier.orderStatus(orderId);
  }
  if (order.status === "cancelled") {
    throw new Error(`supplier cancelled order ${orderId}`);
  }
  return order;
}

export async function restockForKits(kits: KitManifest[]): Promise<RestockOrder | null> {
  const missing = shortfall(kits, await warehouse.onHand());
  if (missing.size === 0) return null;
  const lines = [...missing].map(([size, count]) => ({ size, gross: Math.ceil(count / GROSS) }));
  const order = await supplier.placeOrder(lines);
  return waitUntilShipped(order.orderId);
}
