// expect: no-unobserved-promise
// The price quote is requested before the catalogue and customer checks, and the discontinued-kit early return and the blocked-account throw leave that promise behind with no handler if it rejects.
export interface ClipperKit {
  sku: string;
  ship: string;
  scale: "1:48" | "1:96" | "1:150";
  discontinued: boolean;
  skillLevel: 1 | 2 | 3 | 4 | 5;
  parts: number;
}

export interface Customer {
  id: string;
  region: "UK" | "EU" | "US" | "ROW";
  tier: "retail" | "club" | "trade";
  blocked: boolean;
}

export type KitQuote =
  | { sku: string; status: "unavailable"; alternatives: string[] }
  | { sku: string; status: "quoted"; priceCents: number; shippingCents: number; leadDays: number };

declare const pricingApi: {
  quote(sku: string, tier: Customer["tier"], region: Customer["region"]): Promise<{ priceCents: number; currency: string }>;
};

declare const catalogue: {
  get(sku: string): ClipperKit | undefined;
  similarTo(kit: ClipperKit): ClipperKit[];
};

declare const warehouse: {
  leadTimeDays(sku: string): Promise<number>;
};

const SHIPPING_CENTS: Record<Customer["region"], number> = {
  UK: 595,
  EU: 1_450,
  US: 2_200,
  ROW: 3_100,
};

function alternativesFor(kit: ClipperKit | undefined): string[] {
  if (!kit) return [];
  return catalogue
    .similarTo(kit)
    .filter((k) => !k.discontinued && Math.abs(k.skillLevel - kit.skillLevel) <= 1)
    .slice(0, 3)
    .map((k) => k.sku);
}

export async function quoteKit(sku: string, customer: Customer): Promise<KitQuote> {
  const pricing = pricingApi.quote(sku, customer.tier, customer.region);

  const kit = catalogue.get(sku);
  if (!kit || kit.discontinued) {
    return { sku, status: "unavailable", alternatives: alternativesFor(kit) };
  }
  if (customer.blocked) {
    throw new Error(`customer ${customer.id} is on credit hold`);
  }

  const [price, leadDays] = await Promise.all([pricing, warehouse.leadTimeDays(sku)]);
  const heavy = kit.scale === "1:48" || kit.parts > 900;
  return {
    sku,
    status: "quoted",
    priceCents: price.priceCents,
    shippingCents: SHIPPING_CENTS[customer.region] + (heavy ? 800 : 0),
    leadDays,
  };
}
