// expect: no-unchecked-settled-results
// Only fulfilled reservations are kept from Promise.allSettled; rejected ones are silently dropped and the customer is charged for a partial kit.
export interface KitItem {
  sku: string;
  category: 'skis' | 'boots' | 'poles' | 'helmet' | 'snowboard';
  size: string;
  dailyRate: number;
}

export interface Reservation {
  reservationId: string;
  sku: string;
  assetTag: string;
  dailyRate: number;
}

export interface CheckoutRequest {
  customerId: string;
  shopId: string;
  items: KitItem[];
  days: number;
  paymentMethodId: string;
}

export interface CheckoutReceipt {
  rentalId: string;
  reservations: Reservation[];
  totalCents: number;
}

declare const inventory: {
  reserve(shopId: string, sku: string, size: string, days: number): Promise<Reservation>;
  release(reservationId: string): Promise<void>;
};

declare const payments: {
  charge(customerId: string, paymentMethodId: string, amountCents: number, memo: string): Promise<{ chargeId: string }>;
};

declare const rentals: {
  create(input: { customerId: string; shopId: string; chargeId: string; reservationIds: string[]; days: number }): Promise<string>;
};

// Multi-day discount tiers; rentals over a week are capped at the 7-day price.
function billableDays(days: number): number {
  if (days >= 7) return 5.5;
  if (days >= 4) return days * 0.9;
  return days;
}

function priceCents(reservations: Reservation[], days: number): number {
  const perDay = reservations.reduce((sum, r) => sum + r.dailyRate, 0);
  return Math.round(perDay * billableDays(days) * 100);
}

export async function checkout(req: CheckoutRequest): Promise<CheckoutReceipt> {
  if (req.items.length === 0) throw new Error('empty rental kit');
  if (req.days < 1 || req.days > 30) throw new Error(`unsupported rental length: ${req.days}`);

  const attempts = await Promise.allSettled(
    req.items.map((item) => inventory.reserve(req.shopId, item.sku, item.size, req.days)),
  );
  const reservations = attempts
    .filter((a): a is PromiseFulfilledResult<Reservation> => a.status === 'fulfilled')
    .map((a) => a.value);

  const totalCents = priceCents(reservations, req.days);
  const memo = `Ski rental ${req.shopId}, ${req.days} day(s), ${reservations.length} item(s)`;

  let chargeId: string;
  try {
    ({ chargeId } = await payments.charge(req.customerId, req.paymentMethodId, totalCents, memo));
  } catch (err) {
    await Promise.all(reservations.map((r) => inventory.release(r.reservationId)));
    throw err;
  }

  const rentalId = await rentals.create({
    customerId: req.customerId,
    shopId: req.shopId,
    chargeId,
    reservationIds: reservations.map((r) => r.reservationId),
    days: req.days,
  });

  return { rentalId, reservations, totalCents };
}
