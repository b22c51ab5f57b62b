// expect: no-floating-promises
// completeRepair calls notifyOwner() as a bare statement; the returned promise is dropped, so a failed email is an unhandled rejection and the handler responds before it finishes.
export interface RepairTicket {
  ticketId: string;
  ownerEmail: string;
  clock: { maker: string; model: string; year?: number };
  movement: 'fusee' | 'going-barrel' | 'weight-driven' | 'electric';
  status: 'received' | 'diagnosed' | 'in-repair' | 'regulating' | 'ready';
  workLog: string[];
}

interface Mailer {
  send(msg: { to: string; subject: string; text: string }): Promise<{ messageId: string }>;
}

interface TicketStore {
  get(id: string): Promise<RepairTicket | undefined>;
  save(ticket: RepairTicket): Promise<void>;
}

declare const mailer: Mailer;
declare const tickets: TicketStore;

type Handler = (req: { params: Record<string, string>; body: unknown }) => Promise<{ status: number; body: unknown }>;

async function notifyOwner(ticket: RepairTicket, rateSecondsPerDay: number): Promise<void> {
  const { maker, model } = ticket.clock;
  await mailer.send({
    to: ticket.ownerEmail,
    subject: `Your ${maker} ${model} is ready for collection`,
    text: [
      `Ticket ${ticket.ticketId}`,
      `Final rate after regulation: ${rateSecondsPerDay >= 0 ? '+' : ''}${rateSecondsPerDay} s/day.`,
      'Please bring your receipt when collecting.',
    ].join('\n'),
  });
}

export const completeRepair: Handler = async (req) => {
  const ticket = await tickets.get(req.params.ticketId);
  if (!ticket) return { status: 404, body: { error: 'no such ticket' } };
  if (ticket.status !== 'regulating') {
    return { status: 409, body: { error: `ticket is ${ticket.status}, not regulating` } };
  }

  const { rateSecondsPerDay } = req.body as { rateSecondsPerDay: number };
  if (!Number.isFinite(rateSecondsPerDay) || Math.abs(rateSecondsPerDay) > 30) {
    return { status: 422, body: { error: 'rate out of range; keep regulating' } };
  }

  ticket.status = 'ready';
  ticket.workLog.push(`${new Date().toISOString()} regulated to ${rateSecondsPerDay} s/day`);
  await tickets.save(ticket);

  notifyOwner(ticket, rateSecondsPerDay);

  return { status: 200, body: { ticketId: ticket.ticketId, status: ticket.status } };
};

export const addWorkLog: Handler = async (req) => {
  const ticket = await tickets.get(req.params.ticketId);
  if (!ticket) return { status: 404, body: { error: 'no such ticket' } };
  const { entry } = req.body as { entry: string };
  ticket.workLog.push(`${new Date().toISOString()} ${entry}`);
  await tickets.save(ticket);
  return { status: 201, body: { entries: ticket.workLog.length } };
};
