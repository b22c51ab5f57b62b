// expect: no-unchecked-settled-results
// Rejected quotes are logged, but the results are then cast to PromiseFulfilledResult and .value is read from every entry, so a failed supplier yields undefined in the ranking.
export interface SoapBlockOrder {
  base: "castile" | "glycerin" | "goat-milk" | "shea";
  blocks: number;
  blockGrams: number;
  deliverBy: Date;
}

export interface Supplier {
  id: string;
  name: string;
  endpoint: string;
}

export interface Quote {
  supplierId: string;
  pricePerBlock: number;
  shippingFlat: number;
  leadDays: number;
}

export interface RankedQuote extends Quote {
  total: number;
  onTime: boolean;
}

declare const supplierApi: { quote(supplier: Supplier, order: SoapBlockOrder): Promise<Quote> };
declare const studioLog: { warn(msg: string, fields?: Record<string, unknown>): void };

const QUOTE_TIMEOUT_NOTE = "supplier did not quote";

function arrives(quote: Quote, order: SoapBlockOrder, now: number): boolean {
  return now + quote.leadDays * 86_400_000 <= order.deliverBy.getTime();
}

export async function rankQuotes(suppliers: Supplier[], order: SoapBlockOrder): Promise<RankedQuote[]> {
  if (order.blocks <= 0) {
    throw new Error("order must contain at least one block");
  }
  const results = await Promise.allSettled(suppliers.map((s) => supplierApi.quote(s, order)));

  results.forEach((result, i) => {
    if (result.status === "rejected") {
      studioLog.warn(QUOTE_TIMEOUT_NOTE, {
        supplier: suppliers[i].name,
        reason: result.reason instanceof Error ? result.reason.message : String(result.reason),
      });
    }
  });

  const now = Date.now();
  const quotes = results.map((r) => (r as PromiseFulfilledResult<Quote>).value);
  return quotes
    .map((q) => ({
      ...q,
      total: q.pricePerBlock * order.blocks + q.shippingFlat,
      onTime: arrives(q, order, now),
    }))
    .sort((a, b) => Number(b.onTime) - Number(a.onTime) || a.total - b.total);
}

export function summarizeForCarvers(order: SoapBlockOrder, ranked: RankedQuote[], suppliers: Supplier[]): string {
  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  const best = ranked[0];
  if (!best) {
    return `No quotes for ${order.blocks} ${order.base} blocks.`;
  }
  const late = ranked.filter((q) => !q.onTime).length;
  return [
    `${order.blocks} × ${order.blockGrams}g ${order.base} blocks`,
    `best: ${names.get(best.supplierId) ?? best.supplierId} at ${best.total.toFixed(2)}`,
    late > 0 ? `${late} supplier(s) cannot deliver in time` : "all suppliers on time",
  ].join("\n");
}
