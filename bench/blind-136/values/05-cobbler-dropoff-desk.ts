// expect: no-promise-as-value
// The pickup filter passes the async isSettled() straight to Array.filter, so every ticket's promise is truthy and unpaid shoes are released.
export interface Ticket {
  id: string;
  customer: string;
  pair: string;
  finishedAt?: Date;
  shelf?: string;
}

export interface PaymentsApi {
  isSettled(ticketId: string): Promise<boolean>;
}

export interface TicketStore {
  byCustomer(customer: string): Promise<Ticket[]>;
  markCollected(ids: string[], at: Date): Promise<void>;
}

export interface PickupSlip {
  customer: string;
  collect: { ticketId: string; pair: string; shelf: string }[];
  stillInRepair: string[];
  awaitingPayment: number;
}

export class DropOffDesk {
  constructor(
    private readonly tickets: TicketStore,
    private readonly payments: PaymentsApi,
  ) {}

  async preparePickup(customer: string, now = new Date()): Promise<PickupSlip> {
    const all = await this.tickets.byCustomer(customer);
    const finished = all.filter((t) => t.finishedAt && t.shelf);
    const stillInRepair = all.filter((t) => !t.finishedAt).map((t) => t.id);

    const collectable = finished.filter((t) => this.payments.isSettled(t.id));

    if (collectable.length > 0) {
      await this.tickets.markCollected(
        collectable.map((t) => t.id),
        now,
      );
    }

    return {
      customer,
      collect: collectable.map((t) => ({ ticketId: t.id, pair: t.pair, shelf: t.shelf ?? '?' })),
      stillInRepair,
      awaitingPayment: finished.length - collectable.length,
    };
  }

  static printSlip(slip: PickupSlip): string {
    const rows = slip.collect.map((c) => `  [${c.shelf}] ${c.pair} (#${c.ticketId})`);
    const footer: string[] = [];
    if (slip.stillInRepair.length) footer.push(`${slip.stillInRepair.length} pair(s) still on the bench`);
    if (slip.awaitingPayment) footer.push(`${slip.awaitingPayment} pair(s) awaiting payment`);
    return [`Pickup for ${slip.customer}`, ...rows, ...footer].join('\n');
  }
}
