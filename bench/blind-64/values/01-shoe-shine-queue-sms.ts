// expect: no-promise-as-value
// The check-in SMS interpolates queueStats.averageWaitMinutes(...) directly, which returns a Promise, so customers are told their wait is "[object Promise] minutes".
export interface Customer {
  name: string;
  phone: string;
  vip: boolean;
}

export interface Ticket {
  ticketNo: number;
  standId: string;
  customer: Customer;
  service: 'quick-shine' | 'mirror-shine' | 'boot-restore';
  checkedInAt: number;
}

declare const queueStats: {
  averageWaitMinutes(standId: string, service: Ticket['service']): Promise<number>;
  recordCheckIn(ticket: Ticket): Promise<void>;
};

declare const sms: {
  send(to: string, body: string): Promise<{ messageId: string }>;
};

declare const standDirectory: {
  name(standId: string): Promise<string>;
};

const SERVICE_LABEL: Record<Ticket['service'], string> = {
  'quick-shine': 'Quick shine',
  'mirror-shine': 'Mirror shine',
  'boot-restore': 'Boot restoration',
};

export class StandQueue {
  private nextTicket = 100;
  private readonly waiting: Ticket[] = [];

  constructor(private readonly standId: string) {}

  private position(ticket: Ticket): number {
    const ahead = this.waiting.filter(
      (t) => t.checkedInAt < ticket.checkedInAt && (t.customer.vip || !ticket.customer.vip),
    );
    return ahead.length + 1;
  }

  async checkIn(customer: Customer, service: Ticket['service']): Promise<Ticket> {
    const ticket: Ticket = {
      ticketNo: this.nextTicket++,
      standId: this.standId,
      customer,
      service,
      checkedInAt: Date.now(),
    };
    this.waiting.push(ticket);
    await queueStats.recordCheckIn(ticket);

    const standName = await standDirectory.name(this.standId);
    const body =
      `Hi ${customer.name}, you're #${this.position(ticket)} at ${standName} for a ${SERVICE_LABEL[service].toLowerCase()}. ` +
      `Typical wait right now is ${queueStats.averageWaitMinutes(this.standId, service)} minutes. ` +
      `Ticket ${ticket.ticketNo}.`;
    await sms.send(customer.phone, body);
    return ticket;
  }

  async callNext(): Promise<Ticket | undefined> {
    const vipIndex = this.waiting.findIndex((t) => t.customer.vip);
    const index = vipIndex >= 0 ? vipIndex : 0;
    const [next] = this.waiting.splice(index, 1);
    if (!next) return undefined;
    await sms.send(next.customer.phone, `${next.customer.name}, the chair is ready for ticket ${next.ticketNo}!`);
    return next;
  }

  size(): number {
    return this.waiting.length;
  }
}
