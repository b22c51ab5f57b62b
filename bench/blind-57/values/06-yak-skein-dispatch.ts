// expect: no-promise-as-value
// Bug: dispatchSkeins puts skeinScale.readGrams(...) (a promise) straight into the shipping message, so the courier JSON carries {} instead of the parcel weight.
declare const skeinScale: {
  readGrams(stationId: string): Promise<number>;
};

declare const courierQueue: {
  send(topic: string, message: Record<string, unknown>): Promise<{ trackingId: string }>;
};

declare const dyeHouse: {
  lotsReadyFor(orderId: string): Promise<DyeLot[]>;
};

export interface DyeLot {
  lotId: string;
  colourway: string;
  skeins: number;
  micron: number;
}

export interface ShippingOrder {
  orderId: string;
  customer: string;
  postcode: string;
  express: boolean;
}

export interface Dispatch {
  orderId: string;
  trackingId: string;
  lots: string[];
  skeins: number;
}

const PACKING_STATION = 'pack-2';

function describeLots(lots: DyeLot[]): string {
  return lots
    .map((lot) => `${lot.skeins}x ${lot.colourway} (${lot.micron}µ, lot ${lot.lotId})`)
    .join('; ');
}

function serviceLevel(order: ShippingOrder, skeins: number): 'letter' | 'parcel' | 'express' {
  if (order.express) return 'express';
  return skeins <= 2 ? 'letter' : 'parcel';
}

export async function dispatchSkeins(order: ShippingOrder): Promise<Dispatch> {
  const lots = await dyeHouse.lotsReadyFor(order.orderId);
  if (lots.length === 0) {
    throw new Error(`order ${order.orderId} has no dyed lots ready`);
  }

  const skeins = lots.reduce((sum, lot) => sum + lot.skeins, 0);
  const { trackingId } = await courierQueue.send('shipments.create', {
    orderId: order.orderId,
    recipient: { name: order.customer, postcode: order.postcode.toUpperCase() },
    service: serviceLevel(order, skeins),
    contents: describeLots(lots),
    parcel: {
      skeins,
      grams: skeinScale.readGrams(PACKING_STATION),
      fragile: false,
    },
  });

  return {
    orderId: order.orderId,
    trackingId,
    lots: lots.map((lot) => lot.lotId),
    skeins,
  };
}

export async function dispatchAll(orders: ShippingOrder[]): Promise<Dispatch[]> {
  const dispatched: Dispatch[] = [];
  for (const order of orders) {
    dispatched.push(await dispatchSkeins(order));
  }
  return dispatched;
}
