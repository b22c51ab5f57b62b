// expect: none
// Each promise is awaited inside the template string, so the email body contains the resolved strings.

interface Order {
  id: string;
  customerId: string;
  totalCents: number;
}

declare const customers: {
  firstName(customerId: string): Promise<string>;
};

declare const shipping: {
  estimate(orderId: string): Promise<string>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<void>;
};

function formatCents(cents: number): string {
  return (cents / 100).toFixed(2);
}

export async function sendConfirmation(order: Order, to: string): Promise<void> {
  const text = [
    `Hi ${await customers.firstName(order.customerId)},`,
    `we received order ${order.id} for $${formatCents(order.totalCents)}.`,
    `Expected delivery: ${await shipping.estimate(order.id)}.`,
  ].join('\n');

  await mailer.send(to, `Order ${order.id} confirmed`, text);
}
