// expect: no-floating-promises
// parts.forEach(async ...) drops each reservation promise, so the repair ticket is marked ready before reservations finish and failures go unhandled.
export interface PartNeed {
  sku: string;
  description: string;
  quantity: number;
}

export interface RepairTicket {
  ticketId: string;
  model: string;
  serial: string;
  parts: PartNeed[];
  status: "diagnosed" | "awaiting-parts" | "ready-for-bench" | "done";
}

declare const partsBin: {
  reserve(sku: string, quantity: number, ticketId: string): Promise<{ reservationId: string }>;
  onHand(sku: string): Promise<number>;
};

declare const ticketStore: {
  update(ticket: RepairTicket): Promise<void>;
};

const COMMON_SUBSTITUTES: Record<string, string> = {
  "ribbon-spool-13mm": "ribbon-spool-13mm-universal",
  "platen-olympia-sm": "platen-olympia-sm-recovered",
};

export async function chooseSku(need: PartNeed): Promise<string> {
  const onHand = await partsBin.onHand(need.sku);
  if (onHand >= need.quantity) return need.sku;
  const alt = COMMON_SUBSTITUTES[need.sku];
  if (alt && (await partsBin.onHand(alt)) >= need.quantity) return alt;
  throw new Error(`insufficient stock for ${need.description}`);
}

export async function prepareBench(ticket: RepairTicket): Promise<RepairTicket> {
  if (ticket.status !== "diagnosed" && ticket.status !== "awaiting-parts") {
    throw new Error(`ticket ${ticket.ticketId} is ${ticket.status}`);
  }
  const reservations: string[] = [];
  ticket.parts.forEach(async (need) => {
    const sku = await chooseSku(need);
    const { reservationId } = await partsBin.reserve(sku, need.quantity, ticket.ticketId);
    reservations.push(reservationId);
  });
  const updated: RepairTicket = { ...ticket, status: "ready-for-bench" };
  await ticketStore.update(updated);
  return updated;
}

export function estimateLabourMinutes(ticket: RepairTicket): number {
  const base = /electric|selectric/i.test(ticket.model) ? 90 : 45;
  const perPart = ticket.parts.reduce((n, p) => n + p.quantity * 15, 0);
  return base + perPart;
}

export function describeTicket(ticket: RepairTicket): string {
  const parts = ticket.parts.map((p) => `${p.quantity}× ${p.description}`).join(", ");
  return `${ticket.ticketId} ${ticket.model} (#${ticket.serial}) — ${parts || "no parts"}`;
}

export function byStatus(tickets: RepairTicket[]): Record<RepairTicket["status"], number> {
  const counts = { diagnosed: 0, "awaiting-parts": 0, "ready-for-bench": 0, done: 0 };
  for (const t of tickets) counts[t.status] += 1;
  return counts;
}
