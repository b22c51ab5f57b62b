// expect: none
// The async parts-cost lookups are awaited with Promise.all before being interpolated, so the summary contains the resolved numbers.
export interface RepairTicket {
  id: string;
  customer: string;
  machine: string;
  serial: string;
  partNumbers: string[];
  labourMinutes: number;
}

export interface PartsPriceList {
  priceCents(partNumber: string): Promise<number>;
}

export interface Notifier {
  sms(phone: string, text: string): Promise<void>;
}

const LABOUR_CENTS_PER_HOUR = 6_500;

function money(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

export class RepairTicketSummary {
  constructor(
    private readonly prices: PartsPriceList,
    private readonly notifier: Notifier,
  ) {}

  async partsCost(ticket: RepairTicket): Promise<number> {
    const costs = await Promise.all(ticket.partNumbers.map((p) => this.prices.priceCents(p)));
    return costs.reduce((a, b) => a + b, 0);
  }

  labourCost(ticket: RepairTicket): number {
    return Math.round((ticket.labourMinutes / 60) * LABOUR_CENTS_PER_HOUR);
  }

  async summarise(ticket: RepairTicket): Promise<string> {
    const parts = await this.partsCost(ticket);
    const labour = this.labourCost(ticket);
    return [
      `Ticket ${ticket.id} — ${ticket.machine} (s/n ${ticket.serial})`,
      `Parts (${ticket.partNumbers.length}): ${money(parts)}`,
      `Labour (${ticket.labourMinutes} min): ${money(labour)}`,
      `Total: ${money(parts + labour)}`,
    ].join('\n');
  }

  async notifyReady(ticket: RepairTicket, phone: string): Promise<void> {
    const parts = await this.partsCost(ticket);
    const total = parts + this.labourCost(ticket);
    await this.notifier.sms(
      phone,
      `Hi ${ticket.customer}, your ${ticket.machine} is ready for pickup. Amount due: ${money(total)}.`,
    );
  }
}
