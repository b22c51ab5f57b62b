// expect: no-unchecked-settled-results
// Each allSettled entry is cast to a fulfilled result and .value read without checking status, so one failed supplier quote yields undefined and crashes cheapestPerPart.
export interface PartQuote {
  supplier: string;
  partNo: string;
  unitPriceCents: number;
  leadDays: number;
}

export interface RepairTicket {
  ticketId: string;
  fountain: string;
  pumpModel: string;
  parts: string[];
}

declare const suppliers: {
  list(): Promise<string[]>;
  quote(supplier: string, pumpModel: string, partNo: string): Promise<PartQuote>;
};

declare const tickets: {
  attachQuotes(ticketId: string, quotes: PartQuote[]): Promise<void>;
};

function cheapestPerPart(quotes: PartQuote[]): Map<string, PartQuote> {
  const best = new Map<string, PartQuote>();
  for (const quote of quotes) {
    const current = best.get(quote.partNo);
    if (!current || quote.unitPriceCents < current.unitPriceCents ||
        (quote.unitPriceCents === current.unitPriceCents && quote.leadDays < current.leadDays)) {
      best.set(quote.partNo, quote);
    }
  }
  return best;
}

export async function quoteRepair(ticket: RepairTicket): Promise<{ totalCents: number; slowestLeadDays: number }> {
  const supplierNames = await suppliers.list();
  const requests = supplierNames.flatMap((supplier) =>
    ticket.parts.map((partNo) => suppliers.quote(supplier, ticket.pumpModel, partNo)),
  );

  const settled = await Promise.allSettled(requests);
  const quotes = settled.map((result) => (result as PromiseFulfilledResult<PartQuote>).value);

  const best = cheapestPerPart(quotes);
  const missing = ticket.parts.filter((p) => !best.has(p));
  if (missing.length > 0) {
    throw new Error(`no supplier quoted ${missing.join(', ')} for ${ticket.pumpModel} at ${ticket.fountain}`);
  }

  const chosen = [...best.values()];
  await tickets.attachQuotes(ticket.ticketId, chosen);

  return {
    totalCents: chosen.reduce((sum, q) => sum + q.unitPriceCents, 0),
    slowestLeadDays: Math.max(...chosen.map((q) => q.leadDays)),
  };
}

export async function quoteBacklog(backlog: RepairTicket[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const ticket of backlog) {
    const { totalCents } = await quoteRepair(ticket);
    totals.set(ticket.ticketId, totalCents);
  }
  return totals;
}
