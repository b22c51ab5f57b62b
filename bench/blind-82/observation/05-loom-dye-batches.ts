// expect: no-unchecked-settled-results
// The status check guards only the inventory result; the pricing result is cast to PromiseFulfilledResult and its .value read even when that request rejected.
export interface HammockOrder {
  orderId: string;
  style: 'mayan' | 'brazilian' | 'rope' | 'quilted';
  colourway: string;
  lengthCm: number;
  spreaderBars: boolean;
}

interface YarnInventory {
  colourway: string;
  skeinsOnHand: number;
  dyeLotsPending: number;
}

interface PriceSheet {
  basePerStyle: Record<HammockOrder['style'], number>;
  perExtraMetre: number;
  spreaderBarPair: number;
}

declare const yarnStore: {
  inventory(colourway: string): Promise<YarnInventory>;
};

declare const pricingService: {
  currentSheet(region: string): Promise<PriceSheet>;
};

declare const orderDesk: {
  confirm(orderId: string, quote: Quote): Promise<void>;
  backorder(orderId: string, reason: string): Promise<void>;
};

export interface Quote {
  orderId: string;
  price: number;
  skeinsNeeded: number;
  startsWeaving: 'now' | 'after-dye-lot';
}

const SKEINS_PER_METRE: Record<HammockOrder['style'], number> = {
  mayan: 4,
  brazilian: 3,
  rope: 6,
  quilted: 5,
};

function skeinsFor(order: HammockOrder): number {
  return Math.ceil((order.lengthCm / 100) * SKEINS_PER_METRE[order.style]);
}

function priceFor(order: HammockOrder, sheet: PriceSheet): number {
  const extraMetres = Math.max(0, order.lengthCm - 300) / 100;
  const bars = order.spreaderBars ? sheet.spreaderBarPair : 0;
  return Math.round(sheet.basePerStyle[order.style] + extraMetres * sheet.perExtraMetre + bars);
}

export async function quoteOrder(order: HammockOrder, region: string): Promise<Quote | null> {
  const [inventoryResult, pricingResult] = await Promise.allSettled([
    yarnStore.inventory(order.colourway),
    pricingService.currentSheet(region),
  ]);

  if (inventoryResult.status === 'rejected') {
    await orderDesk.backorder(order.orderId, `yarn inventory unavailable for ${order.colourway}`);
    return null;
  }

  const inventory = inventoryResult.value;
  const sheet = (pricingResult as PromiseFulfilledResult<PriceSheet>).value;
  const skeinsNeeded = skeinsFor(order);
  const enoughYarn = inventory.skeinsOnHand >= skeinsNeeded;

  if (!enoughYarn && inventory.dyeLotsPending === 0) {
    await orderDesk.backorder(order.orderId, `${skeinsNeeded - inventory.skeinsOnHand} skeins short, no dye lot scheduled`);
    return null;
  }

  const quote: Quote = {
    orderId: order.orderId,
    price: priceFor(order, sheet),
    skeinsNeeded,
    startsWeaving: enoughYarn ? 'now' : 'after-dye-lot',
  };
  await orderDesk.confirm(order.orderId, quote);
  return quote;
}

export async function quoteAll(orders: HammockOrder[], region: string): Promise<Quote[]> {
  const quotes: Quote[] = [];
  for (const order of orders) {
    const quote = await quoteOrder(order, region);
    if (quote) quotes.push(quote);
  }
  return quotes;
}
