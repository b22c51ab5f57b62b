// expect: no-promise-as-value
// submitEstimate puts estimator.quote(ticket), an un-awaited promise, into the JSON body, so the customer portal receives "quote": {}.
export interface RepairTicket {
  ticketId: string;
  customerId: string;
  instrument: string;
  leakingFolds: number;
  reedsToRetune: number;
  strapsWorn: boolean;
}

export interface Quote {
  labourHours: number;
  partsCost: number;
  total: number;
  currency: 'EUR' | 'GBP';
}

declare const PORTAL_URL: string;
declare const estimator: { quote(ticket: RepairTicket): Promise<Quote> };
declare const benchSchedule: { earliestSlot(hours: number): Promise<Date> };
declare const tickets: { setStatus(ticketId: string, status: 'estimated' | 'awaiting-approval'): Promise<void> };

function labourHours(ticket: RepairTicket): number {
  return ticket.leakingFolds * 0.6 + ticket.reedsToRetune * 0.25 + (ticket.strapsWorn ? 0.5 : 0);
}

function summaryLines(ticket: RepairTicket): string[] {
  const lines: string[] = [];
  if (ticket.leakingFolds > 0) lines.push(`Re-glue and re-gusset ${ticket.leakingFolds} bellows folds`);
  if (ticket.reedsToRetune > 0) lines.push(`Retune ${ticket.reedsToRetune} reeds to A=440`);
  if (ticket.strapsWorn) lines.push('Replace shoulder straps');
  return lines;
}

export async function submitEstimate(ticket: RepairTicket, token: string): Promise<{ portalId: string; slot: Date }> {
  const hours = labourHours(ticket);
  const slot = await benchSchedule.earliestSlot(hours);

  const res = await fetch(`${PORTAL_URL}/customers/${ticket.customerId}/estimates`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      ticketId: ticket.ticketId,
      instrument: ticket.instrument,
      work: summaryLines(ticket),
      quote: estimator.quote(ticket),
      benchSlot: slot.toISOString(),
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    }),
  });
  if (!res.ok) {
    throw new Error(`portal rejected estimate for ${ticket.ticketId}: ${res.status}`);
  }
  const { id } = (await res.json()) as { id: string };
  await tickets.setStatus(ticket.ticketId, 'awaiting-approval');
  return { portalId: id, slot };
}

export async function submitAll(pending: RepairTicket[], token: string): Promise<string[]> {
  const submitted: string[] = [];
  for (const ticket of pending) {
    const { portalId } = await submitEstimate(ticket, token);
    submitted.push(portalId);
  }
  return submitted;
}
