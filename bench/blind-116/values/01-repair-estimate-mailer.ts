// expect: none
// The estimate total and the customer record are awaited before they are interpolated into the email text, so the message contains real values.
export interface RepairItem {
  code: 'REHAIR' | 'SOUNDPOST' | 'CRACK' | 'NUT' | 'FINGERBOARD' | 'VARNISH';
  description: string;
  hours: number;
  partsEur: number;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  preferredLanguage: 'en' | 'it' | 'de';
}

export interface WorkshopDb {
  customer(id: string): Promise<Customer>;
  hourlyRateEur(): Promise<number>;
}

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<{ messageId: string }>;
}

export class RepairEstimator {
  constructor(private readonly db: WorkshopDb, private readonly mailer: Mailer) {}

  async total(items: RepairItem[]): Promise<number> {
    const rate = await this.db.hourlyRateEur();
    const sum = items.reduce((acc, i) => acc + i.hours * rate + i.partsEur, 0);
    return Math.round(sum * 100) / 100;
  }

  async sendEstimate(customerId: string, instrument: string, items: RepairItem[]): Promise<string> {
    const customer = await this.db.customer(customerId);
    const total = await this.total(items);

    const lines = items.map((i) => `  - ${i.description} (${i.hours} h, parts €${i.partsEur.toFixed(2)})`);
    const text = [
      `Dear ${customer.name},`,
      '',
      `Thank you for bringing in your ${instrument}. Our estimate:`,
      ...lines,
      '',
      `Total: €${total.toFixed(2)} incl. VAT`,
      'The instrument will be kept at 45-55% RH while in the workshop.',
    ].join('\n');

    const { messageId } = await this.mailer.send(customer.email, `Repair estimate for your ${instrument}`, text);
    return messageId;
  }
}

export function needsLongCure(items: RepairItem[]): boolean {
  return items.some((i) => i.code === 'VARNISH' || i.code === 'CRACK');
}

export function promisedDate(items: RepairItem[], from = new Date()): Date {
  const days = Math.ceil(items.reduce((h, i) => h + i.hours, 0) / 6) + (needsLongCure(items) ? 10 : 2);
  return new Date(from.getTime() + days * 86_400_000);
}
