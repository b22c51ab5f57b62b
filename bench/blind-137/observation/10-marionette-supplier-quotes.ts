// expect: none
// The async map callback's promises are collected and awaited with Promise.all, so no quote request is left dangling.
export interface SupplierApi {
  quote(supplierId: string, request: QuoteRequest): Promise<Quote>;
  leadTimeDays(supplierId: string): Promise<number>;
}

export interface QuoteRequest {
  material: 'braided-nylon' | 'waxed-linen' | 'fishing-line' | 'silk';
  gaugeLb: number;
  metres: number;
}

export interface Quote {
  supplierId: string;
  pricePerMetre: number;
  currency: 'EUR' | 'GBP' | 'CZK';
  minimumMetres: number;
}

export interface RankedQuote {
  supplierId: string;
  totalEur: number;
  leadTimeDays: number;
}

const EUR_RATES: Record<Quote['currency'], number> = { EUR: 1, GBP: 1.17, CZK: 0.04 };

export async function rankSupplierQuotes(
  api: SupplierApi,
  supplierIds: string[],
  request: QuoteRequest,
  maxLeadDays = 21,
): Promise<RankedQuote[]> {
  const ranked = await Promise.all(
    supplierIds.map(async (supplierId) => {
      const [quote, leadTimeDays] = await Promise.all([
        api.quote(supplierId, request),
        api.leadTimeDays(supplierId),
      ]);
      const metres = Math.max(request.metres, quote.minimumMetres);
      const totalEur = metres * quote.pricePerMetre * EUR_RATES[quote.currency];
      return { supplierId, totalEur: Math.round(totalEur * 100) / 100, leadTimeDays };
    }),
  );

  return ranked
    .filter((q) => q.leadTimeDays <= maxLeadDays)
    .sort((a, b) => a.totalEur - b.totalEur || a.leadTimeDays - b.leadTimeDays);
}

export async function cheapestForRig(
  api: SupplierApi,
  supplierIds: string[],
  requests: QuoteRequest[],
): Promise<Map<string, RankedQuote | undefined>> {
  const best = new Map<string, RankedQuote | undefined>();
  const perMaterial = await Promise.all(requests.map((req) => rankSupplierQuotes(api, supplierIds, req)));
  requests.forEach((req, i) => {
    best.set(`${req.material}@${req.gaugeLb}lb`, perMaterial[i][0]);
  });
  return best;
}
