// expect: none
// The customer and balance lookups are awaited before their values are interpolated into the notice and placed in the JSON body.
export interface Bow {
  serial: string;
  maker: string;
  ownerId: string;
  hairColour: 'white' | 'black' | 'salt-pepper';
  weightG: number;
}

export interface Customer {
  id: string;
  name: string;
  phone: string;
  prefersSms: boolean;
}

export interface Crm {
  findCustomer(id: string): Promise<Customer>;
  outstandingBalance(id: string): Promise<number>;
}

export interface Notifier {
  sms(phone: string, text: string): Promise<void>;
}

export class BowReadyNotice {
  constructor(
    private readonly crm: Crm,
    private readonly notifier: Notifier,
    private readonly webhookUrl: string,
  ) {}

  async announce(bow: Bow, benchNotes: string[]): Promise<void> {
    const owner = await this.crm.findCustomer(bow.ownerId);
    const balance = await this.crm.outstandingBalance(owner.id);

    const message =
      `Hi ${owner.name}, your ${bow.maker} bow (${bow.serial}) has been rehaired with ${bow.hairColour} hair ` +
      `and is ready for collection.` +
      (balance > 0 ? ` Balance due: €${balance.toFixed(2)}.` : '');

    if (owner.prefersSms) {
      await this.notifier.sms(owner.phone, message);
    }

    const res = await fetch(this.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        event: 'bow.ready',
        serial: bow.serial,
        customer: { id: owner.id, name: owner.name },
        balance,
        notes: benchNotes,
        weightG: bow.weightG,
      }),
    });
    if (!res.ok) {
      throw new Error(`shop webhook rejected bow.ready for ${bow.serial}: ${res.status}`);
    }
  }
}
