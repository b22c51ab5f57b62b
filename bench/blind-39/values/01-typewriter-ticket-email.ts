// expect: no-promise-as-value
// The async estimateReadyDate is interpolated into the customer email without await, so the mail says "[object Promise]" instead of a date.
export interface RestorationTicket {
  ticket: string;
  customerName: string;
  customerEmail: string;
  make: string;
  model: string;
  year?: number;
  faults: Array<'sticky-keys' | 'ribbon-vibrator' | 'platen-hardened' | 'escapement' | 'carriage-return' | 'rust'>;
  rush: boolean;
}

declare const benchQueue: {
  hoursAhead(): Promise<number>;
  technicianFor(make: string): Promise<{ name: string; hoursPerDay: number }>;
};

declare const mailer: {
  send(message: { to: string; subject: string; text: string }): Promise<{ messageId: string }>;
};

const FAULT_HOURS: Record<RestorationTicket['faults'][number], number> = {
  'sticky-keys': 1.5,
  'ribbon-vibrator': 1,
  'platen-hardened': 2.5,
  escapement: 3,
  'carriage-return': 1.5,
  rust: 4,
};

export function estimateHours(ticket: RestorationTicket): number {
  const base = ticket.faults.reduce((sum, f) => sum + FAULT_HOURS[f], 0.5);
  const vintageFactor = ticket.year !== undefined && ticket.year < 1930 ? 1.4 : 1;
  return Math.round(base * vintageFactor * 2) / 2;
}

export async function estimateReadyDate(ticket: RestorationTicket, today = new Date()): Promise<string> {
  const [queueHours, tech] = await Promise.all([benchQueue.hoursAhead(), benchQueue.technicianFor(ticket.make)]);
  const hours = estimateHours(ticket) + (ticket.rush ? 0 : queueHours);
  let workingDays = Math.ceil(hours / tech.hoursPerDay);
  const ready = new Date(today);
  while (workingDays > 0) {
    ready.setDate(ready.getDate() + 1);
    const day = ready.getDay();
    if (day !== 0 && day !== 1) workingDays -= 1;
  }
  return ready.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
}

function faultList(ticket: RestorationTicket): string {
  const labels = ticket.faults.map((f) => f.replace(/-/g, ' '));
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

export async function sendIntakeConfirmation(ticket: RestorationTicket): Promise<string> {
  if (ticket.faults.length === 0) {
    throw new Error(`ticket ${ticket.ticket} has no recorded faults`);
  }

  const machine = [ticket.make, ticket.model, ticket.year ? `(${ticket.year})` : ''].filter(Boolean).join(' ');
  const text = [
    `Dear ${ticket.customerName},`,
    '',
    `Thank you for bringing in your ${machine}. We have noted: ${faultList(ticket)}.`,
    `Estimated bench time is ${estimateHours(ticket)} hours.`,
    `We expect it to be ready on ${estimateReadyDate(ticket)}.`,
    ticket.rush ? 'As requested, your machine has been moved to the front of the queue.' : '',
    '',
    `Your ticket number is ${ticket.ticket}.`,
  ].join('\n');

  const { messageId } = await mailer.send({
    to: ticket.customerEmail,
    subject: `Typewriter restoration ${ticket.ticket} received`,
    text,
  });
  return messageId;
}
