// expect: no-unobserved-promise
// The tax quote is requested before the cart is validated; when validation throws, the quote promise is never awaited, and if the tax service then fails its rejection is unhandled.
interface CartLine {
  sku: string;
  qty: number;
  unitCents: number;
}

interface CheckoutRequest {
  cartId: string;
  lines: CartLine[];
  shipTo: { country: string; postalCode: string };
  couponCode?: string;
}

interface TaxQuote {
  taxCents: number;
  jurisdiction: string;
}

export class CheckoutValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'CheckoutValidationError';
  }
}

declare const taxService: {
  quote(input: { country: string; postalCode: string; subtotalCents: number }): Promise<TaxQuote>;
};
declare const coupons: {
  redeem(code: string, cartId: string): Promise<{ discountCents: number }>;
};
declare const payments: {
  createIntent(input: { cartId: string; amountCents: number; currency: string }): Promise<{ clientSecret: string }>;
};

const SHIPPABLE = new Set(['US', 'CA', 'GB', 'DE', 'FR', 'NL']);

export async function beginCheckout(req: CheckoutRequest): Promise<{ clientSecret: string; totalCents: number }> {
  const subtotalCents = req.lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  const taxQuote = taxService.quote({ ...req.shipTo, subtotalCents });

  if (req.lines.length === 0) {
    throw new CheckoutValidationError('lines', 'cart is empty');
  }
  if (!SHIPPABLE.has(req.shipTo.country)) {
    throw new CheckoutValidationError('shipTo.country', `we do not ship to ${req.shipTo.country}`);
  }
  for (const line of req.lines) {
    if (!Number.isInteger(line.qty) || line.qty <= 0 || line.qty > 99) {
      throw new CheckoutValidationError(`lines.${line.sku}.qty`, `invalid quantity ${line.qty}`);
    }
  }

  const { taxCents, jurisdiction } = await taxQuote;
  const discountCents = req.couponCode ? (await coupons.redeem(req.couponCode, req.cartId)).discountCents : 0;
  const totalCents = Math.max(0, subtotalCents - discountCents) + taxCents;

  console.info(`[checkout] cart=${req.cartId} subtotal=${subtotalCents} tax=${taxCents} (${jurisdiction}) total=${totalCents}`);
  const { clientSecret } = await payments.createIntent({ cartId: req.cartId, amountCents: totalCents, currency: 'usd' });
  return { clientSecret, totalCents };
}
