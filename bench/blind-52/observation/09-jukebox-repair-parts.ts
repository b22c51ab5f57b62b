// expect: none
// Every Promise.allSettled result is narrowed on status before its value or reason is read.
export interface PartQuote {
  supplier: string;
  partNo: string;
  priceCents: number;
  leadDays: number;
}

export interface RepairTicket {
  ticketId: string;
  model: 'Wurlitzer 1015' | 'Seeburg M100' | 'AMI Continental' | 'Rock-Ola 1448';
  parts: string[];
}

export interface PartsPlan {
  ticketId: string;
  chosen: PartQuote[];
  unavailable: string[];
  supplierErrors: string[];
}

interface Supplier {
  name: string;
  quote(partNo: string, model: RepairTicket['model']): Promise<PartQuote | null>;
}

declare const suppliers: readonly Supplier[];

declare const benchLog: {
  note(ticketId: string, line: string): Promise<void>;
};

function better(a: PartQuote, b: PartQuote): PartQuote {
  if (a.leadDays !== b.leadDays && Math.abs(a.leadDays - b.leadDays) > 5) {
    return a.leadDays < b.leadDays ? a : b;
  }
  return a.priceCents <= b.priceCents ? a : b;
}

async function bestQuote(partNo: string, model: RepairTicket['model'], errors: string[]): Promise<PartQuote | null> {
  const results = await Promise.allSettled(suppliers.map((s) => s.quote(partNo, model)));
  let best: PartQuote | null = null;
  results.forEach((result, i) => {
    if (result.status === 'rejected') {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      errors.push(`${suppliers[i].name}/${partNo}: ${reason}`);
      return;
    }
    const quote = result.value;
    if (quote) {
      best = best ? better(best, quote) : quote;
    }
  });
  return best;
}

export async function planParts(ticket: RepairTicket): Promise<PartsPlan> {
  const chosen: PartQuote[] = [];
  const unavailable: string[] = [];
  const supplierErrors: string[] = [];

  for (const partNo of ticket.parts) {
    const quote = await bestQuote(partNo, ticket.model, supplierErrors);
    if (quote) {
      chosen.push(quote);
    } else {
      unavailable.push(partNo);
    }
  }

  if (supplierErrors.length > 0) {
    await benchLog.note(ticket.ticketId, `supplier errors: ${supplierErrors.join('; ')}`);
  }
  return { ticketId: ticket.ticketId, chosen, unavailable, supplierErrors };
}

export function totalCents(plan: PartsPlan): number {
  return plan.chosen.reduce((sum, q) => sum + q.priceCents, 0);
}

export function longestLead(plan: PartsPlan): number {
  return plan.chosen.reduce((max, q) => Math.max(max, q.leadDays), 0);
}
