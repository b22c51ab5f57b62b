// expect: none
// Every async lookup is awaited before being tested for truthiness, compared or defaulted with ??, so no promise stands in for its value.
export interface Basket {
  basketId: string;
  performanceId: string;
  seats: string[];
  promoCode?: string;
  childTickets: number;
  adultTickets: number;
}

declare const inventory: {
  seatsStillHeld(basketId: string): Promise<boolean>;
  performanceStatus(performanceId: string): Promise<"on-sale" | "sold-out" | "cancelled">;
};

declare const promos: {
  discountPct(code: string): Promise<number | null>;
};

declare const payments: {
  charge(basketId: string, amountPence: number): Promise<{ receipt: string }>;
};

const CHILD_PRICE_PENCE = 850;
const ADULT_PRICE_PENCE = 1200;

export function subtotal(basket: Basket): number {
  return basket.childTickets * CHILD_PRICE_PENCE + basket.adultTickets * ADULT_PRICE_PENCE;
}

export async function checkout(basket: Basket): Promise<{ receipt: string; paidPence: number }> {
  if (basket.seats.length !== basket.childTickets + basket.adultTickets) {
    throw new Error("seat count does not match tickets");
  }
  if (!(await inventory.seatsStillHeld(basket.basketId))) {
    throw new Error("your seat hold has expired");
  }
  const status = await inventory.performanceStatus(basket.performanceId);
  if (status === "cancelled") {
    throw new Error("this performance has been cancelled");
  }
  const discount = basket.promoCode ? ((await promos.discountPct(basket.promoCode)) ?? 0) : 0;
  const gross = subtotal(basket);
  const paidPence = Math.round(gross * (1 - Math.min(discount, 50) / 100));
  const { receipt } = await payments.charge(basket.basketId, paidPence);
  return { receipt, paidPence };
}

export function familyBundle(basket: Basket): boolean {
  return basket.adultTickets >= 1 && basket.childTickets >= 2;
}

export function describeBasket(basket: Basket): string {
  const parts: string[] = [];
  if (basket.adultTickets) parts.push(`${basket.adultTickets} adult`);
  if (basket.childTickets) parts.push(`${basket.childTickets} child`);
  return `${parts.join(", ")} for ${basket.performanceId} (${basket.seats.join(" ")})`;
}

export function formatPence(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}
