// expect: no-promise-as-value
// On a name-cache miss `nameCache.get(id) ?? lookupFirstName(id)` evaluates to the pending Promise, so the first SMS a customer gets reads "Hi [object Promise], Dario is about 6 min away…".
declare const profiles: {
  get(userId: string): Promise<{ displayName?: string; locale: string }>;
};
declare const sms: {
  send(to: string, body: string, opts?: { idempotencyKey?: string }): Promise<{ sid: string }>;
};
declare const log: { info(msg: string, meta?: Record<string, unknown>): void };

export interface Order {
  id: string;
  customerId: string;
  contactPhone: string;
  courierName: string;
}

const nameCache = new Map<string, string>();

async function lookupFirstName(userId: string): Promise<string> {
  const profile = await profiles.get(userId);
  const first = profile.displayName?.trim().split(/\s+/)[0];
  const name = first || 'there';
  nameCache.set(userId, name);
  return name;
}

function shortRef(orderId: string): string {
  return orderId
    .replace(/[^A-Z0-9]/gi, '')
    .slice(-6)
    .toUpperCase();
}

const lastSent = new Map<string, number>();

export async function notifyEta(order: Order, minutes: number): Promise<string | null> {
  const previous = lastSent.get(order.id);
  if (previous !== undefined && Math.abs(previous - minutes) < 3) return null;

  const name = nameCache.get(order.customerId) ?? lookupFirstName(order.customerId);
  const body =
    minutes <= 1
      ? `Hi ${name}, ${order.courierName} is arriving now with order #${shortRef(order.id)}.`
      : `Hi ${name}, ${order.courierName} is about ${minutes} min away with order #${shortRef(order.id)}.`;

  const { sid } = await sms.send(order.contactPhone, body, {
    idempotencyKey: `eta:${order.id}:${minutes}`,
  });
  lastSent.set(order.id, minutes);
  log.info('eta sms sent', { orderId: order.id, minutes, sid });
  return sid;
}

export function forgetOrder(orderId: string): void {
  lastSent.delete(orderId);
}
