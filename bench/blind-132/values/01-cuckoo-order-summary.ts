// expect: none
// Every async lookup is awaited before its value is interpolated into the confirmation text or the JSON payload.
export interface ClockOrder {
  orderId: string;
  customerEmail: string;
  model: 'chalet' | 'hunter' | 'railway-house' | 'traditional-carved';
  movement: '1-day' | '8-day';
  musical: boolean;
}

export interface Workshop {
  leadTimeDays(model: ClockOrder['model'], movement: ClockOrder['movement']): Promise<number>;
  carverFor(model: ClockOrder['model']): Promise<{ name: string; village: string }>;
  priceEur(order: ClockOrder): Promise<number>;
}

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
}

function shipDate(leadDays: number, from = new Date()): string {
  const d = new Date(from);
  d.setDate(d.getDate() + leadDays);
  return d.toISOString().slice(0, 10);
}

export class OrderConfirmation {
  constructor(
    private readonly workshop: Workshop,
    private readonly mailer: Mailer,
    private readonly crmUrl: string,
  ) {}

  async confirm(order: ClockOrder): Promise<string> {
    const [leadDays, carver, price] = await Promise.all([
      this.workshop.leadTimeDays(order.model, order.movement),
      this.workshop.carverFor(order.model),
      this.workshop.priceEur(order),
    ]);

    const text = [
      `Thank you for ordering a ${order.model} cuckoo clock with a ${order.movement} movement.`,
      `It will be hand carved by ${carver.name} in ${carver.village}.`,
      order.musical ? 'The music box plays two melodies on the hour.' : '',
      `Price: €${price.toFixed(2)}. Expected shipping date: ${shipDate(leadDays)}.`,
    ]
      .filter(Boolean)
      .join('\n');

    await this.mailer.send(order.customerEmail, `Your cuckoo clock order ${order.orderId}`, text);

    const res = await fetch(`${this.crmUrl}/orders/${order.orderId}/confirmation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ carver: carver.name, priceEur: price, shipsOn: shipDate(leadDays) }),
    });
    if (!res.ok) throw new Error(`CRM rejected confirmation for ${order.orderId}: ${res.status}`);
    return text;
  }
}
