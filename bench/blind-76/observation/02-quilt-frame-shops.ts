// expect: none
// The pricing quote is started early but gets a .catch fallback attached immediately, so it cannot reject unobserved while the other awaits run.
export interface FrameOrder {
  orderId: string;
  customerId: string;
  frame: 'lap-hoop' | 'q-snap' | 'longarm-10ft' | 'longarm-12ft';
  quiltWidthIn: number;
  quiltLengthIn: number;
  rushDelivery: boolean;
}

export interface PriceQuote {
  frameCents: number;
  setupCents: number;
  source: 'live' | 'fallback';
}

declare const pricingApi: {
  quote(frame: FrameOrder['frame'], rush: boolean): Promise<Omit<PriceQuote, 'source'>>;
};

declare const inventory: {
  available(frame: FrameOrder['frame']): Promise<number>;
  reserve(orderId: string, frame: FrameOrder['frame']): Promise<string>;
};

declare const customers: {
  get(customerId: string): Promise<{ id: string; loyaltyTier: 'none' | 'guild' | 'master'; email: string }>;
};

declare const shopLog: {
  warn(msg: string, fields?: Record<string, unknown>): void;
};

const FALLBACK_PRICES: Record<FrameOrder['frame'], number> = {
  'lap-hoop': 3_500,
  'q-snap': 6_900,
  'longarm-10ft': 289_000,
  'longarm-12ft': 329_000,
};

const MAX_WIDTH_IN: Record<FrameOrder['frame'], number> = {
  'lap-hoop': 24,
  'q-snap': 44,
  'longarm-10ft': 110,
  'longarm-12ft': 134,
};

export interface Confirmation {
  orderId: string;
  reservationId: string;
  totalCents: number;
  priced: PriceQuote['source'];
}

export async function confirmFrameOrder(order: FrameOrder): Promise<Confirmation> {
  const pricing: Promise<PriceQuote> = pricingApi.quote(order.frame, order.rushDelivery).then(
    (q) => ({ ...q, source: 'live' as const }),
    (err: unknown) => {
      shopLog.warn('live pricing unavailable, using list price', { orderId: order.orderId, err });
      return { frameCents: FALLBACK_PRICES[order.frame], setupCents: 0, source: 'fallback' as const };
    },
  );

  if (order.quiltWidthIn > MAX_WIDTH_IN[order.frame]) {
    throw new Error(`${order.frame} cannot take a ${order.quiltWidthIn}" wide quilt`);
  }

  const [customer, stock] = await Promise.all([customers.get(order.customerId), inventory.available(order.frame)]);
  if (stock < 1) {
    throw new Error(`${order.frame} is out of stock`);
  }

  const reservationId = await inventory.reserve(order.orderId, order.frame);
  const quote = await pricing;

  const discount = customer.loyaltyTier === 'master' ? 0.1 : customer.loyaltyTier === 'guild' ? 0.05 : 0;
  const rushFee = order.rushDelivery ? 2_500 : 0;
  const totalCents = Math.round((quote.frameCents + quote.setupCents) * (1 - discount)) + rushFee;

  return { orderId: order.orderId, reservationId, totalCents, priced: quote.source };
}
