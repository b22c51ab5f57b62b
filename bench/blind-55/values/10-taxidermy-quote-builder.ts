// expect: none
// Correct: all lookups are awaited (together via Promise.all) before their values go into the quote, the ?? fallbacks, the comparisons and the JSON sent to the CRM.
export interface QuoteRequest {
  requestId: string;
  customerId: string;
  specimen: "mallard" | "brook-trout" | "red-fox" | "whitetail-shoulder";
  pose: "standing" | "flying" | "leaping" | "wall";
  habitatBase: boolean;
}

export interface Quote {
  requestId: string;
  totalCents: number;
  leadWeeks: number;
  lines: Array<{ label: string; cents: number }>;
}

declare const priceBook: {
  baseCents(specimen: QuoteRequest["specimen"]): Promise<number>;
  poseSurchargeCents(pose: QuoteRequest["pose"]): Promise<number | null>;
  habitatCents(): Promise<number>;
};
declare const benchQueue: { weeksOfBacklog(): Promise<number> };
declare const loyalty: { discountPct(customerId: string): Promise<number | undefined> };
declare const crm: { post(path: string, body: string): Promise<{ ok: boolean }> };

const RUSH_THRESHOLD_WEEKS = 10;

export async function buildQuote(req: QuoteRequest): Promise<Quote> {
  const [base, poseSurcharge, habitat, backlog, discount] = await Promise.all([
    priceBook.baseCents(req.specimen),
    priceBook.poseSurchargeCents(req.pose),
    req.habitatBase ? priceBook.habitatCents() : Promise.resolve(0),
    benchQueue.weeksOfBacklog(),
    loyalty.discountPct(req.customerId),
  ]);

  const lines: Quote["lines"] = [{ label: `${req.specimen} mount`, cents: base }];
  const surcharge = poseSurcharge ?? 0;
  if (surcharge > 0) lines.push({ label: `${req.pose} pose`, cents: surcharge });
  if (habitat > 0) lines.push({ label: "habitat base", cents: habitat });

  const subtotal = lines.reduce((sum, l) => sum + l.cents, 0);
  const pct = discount ?? 0;
  if (pct > 0) {
    lines.push({ label: `loyalty ${pct}%`, cents: -Math.round((subtotal * pct) / 100) });
  }

  const leadWeeks = backlog + (req.specimen === "whitetail-shoulder" ? 6 : 3);
  return {
    requestId: req.requestId,
    totalCents: lines.reduce((sum, l) => sum + l.cents, 0),
    leadWeeks,
    lines,
  };
}

export async function sendQuote(req: QuoteRequest): Promise<boolean> {
  const quote = await buildQuote(req);
  const rush = quote.leadWeeks > RUSH_THRESHOLD_WEEKS;
  const body = JSON.stringify({
    customerId: req.customerId,
    quote,
    summary: `Quote ${quote.requestId}: $${(quote.totalCents / 100).toFixed(2)}, ready in ~${quote.leadWeeks} weeks`,
    offerRush: rush,
  });
  const { ok } = await crm.post(`/customers/${req.customerId}/quotes`, body);
  return ok === true;
}
