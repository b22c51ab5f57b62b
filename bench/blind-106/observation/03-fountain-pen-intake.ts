// expect: none
// Both lookups are started before any await but are handed to Promise.all in the same tick, so each has a rejection handler attached before either can settle.
export interface Ticket {
  id: string;
  customerId: string;
  penSerial: string;
  complaint: string;
  receivedAt: Date;
}

export interface Customer {
  id: string;
  name: string;
  vip: boolean;
}

export interface RepairRecord {
  date: string;
  work: string;
  nib: string;
}

export interface Crm {
  findCustomer(id: string): Promise<Customer>;
}

export interface Workshop {
  repairHistory(serial: string): Promise<RepairRecord[]>;
  estimateBench(complaint: string): Promise<{ minutes: number; bench: string }>;
}

export interface IntakeCard {
  ticketId: string;
  customer: string;
  priority: 'normal' | 'rush';
  previousRepairs: number;
  lastNib: string | null;
  bench: string;
  estimateMinutes: number;
}

const REPEAT_FAULT_WINDOW_DAYS = 90;

export async function prepareIntake(ticket: Ticket, crm: Crm, workshop: Workshop): Promise<IntakeCard> {
  const customerP = crm.findCustomer(ticket.customerId);
  const historyP = workshop.repairHistory(ticket.penSerial);
  const benchP = workshop.estimateBench(ticket.complaint);
  const [customer, history, bench] = await Promise.all([customerP, historyP, benchP]);

  const recent = history.filter(
    (r) => ticket.receivedAt.getTime() - Date.parse(r.date) < REPEAT_FAULT_WINDOW_DAYS * 86_400_000,
  );
  const priority = customer.vip || recent.length > 0 ? 'rush' : 'normal';

  return {
    ticketId: ticket.id,
    customer: customer.name,
    priority,
    previousRepairs: history.length,
    lastNib: history.at(-1)?.nib ?? null,
    bench: bench.bench,
    estimateMinutes: recent.length > 0 ? Math.round(bench.minutes * 0.75) : bench.minutes,
  };
}

export function formatCard(card: IntakeCard): string {
  const flag = card.priority === 'rush' ? ' [RUSH]' : '';
  return `${card.ticketId}${flag} ${card.customer} -> ${card.bench} (~${card.estimateMinutes} min, ${card.previousRepairs} prior, nib ${card.lastNib ?? 'stock'})`;
}
