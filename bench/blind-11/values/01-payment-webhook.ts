// expect: no-promise-as-value
// `alreadyProcessed` is the un-awaited Promise from isDuplicate(), so `!alreadyProcessed` is always false and no event is ever applied.
import { createHmac, timingSafeEqual } from 'node:crypto';

interface ChargeObject {
  id: string;
  amount: number;
  currency: string;
  amount_refunded?: number;
}

interface PaymentEvent {
  id: string;
  type: 'charge.succeeded' | 'charge.refunded' | 'charge.failed';
  created: number;
  data: { object: ChargeObject };
}

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts: { EX: number }): Promise<'OK'>;
};

declare const ledger: {
  recordCharge(chargeId: string, amountMinor: number, currency: string): Promise<void>;
  recordRefund(chargeId: string, amountMinor: number): Promise<void>;
  markFailed(chargeId: string): Promise<void>;
};

export interface WebhookResponse {
  status: number;
  body: string;
}

const DEDUPE_TTL_SECONDS = 60 * 60 * 24 * 3;
const MAX_CLOCK_SKEW_SECONDS = 300;

export class PaymentWebhookHandler {
  constructor(private readonly signingSecret: string) {}

  verify(rawBody: string, header: string, now = Date.now()): boolean {
    // header format: t=<unix>,v1=<hex>
    const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
    const ts = Number(parts.t);
    if (!ts || Math.abs(now / 1000 - ts) > MAX_CLOCK_SKEW_SECONDS) return false;

    const expected = createHmac('sha256', this.signingSecret).update(`${ts}.${rawBody}`).digest();
    const given = Buffer.from(parts.v1 ?? '', 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private isDuplicate(eventId: string): Promise<boolean> {
    return redis.get(`webhook:seen:${eventId}`).then((v) => v !== null);
  }

  private async apply(event: PaymentEvent): Promise<void> {
    const charge = event.data.object;
    switch (event.type) {
      case 'charge.succeeded':
        await ledger.recordCharge(charge.id, charge.amount, charge.currency);
        break;
      case 'charge.refunded':
        await ledger.recordRefund(charge.id, charge.amount_refunded ?? charge.amount);
        break;
      case 'charge.failed':
        await ledger.markFailed(charge.id);
        break;
    }
  }

  async handle(rawBody: string, signatureHeader: string | undefined): Promise<WebhookResponse> {
    if (!signatureHeader || !this.verify(rawBody, signatureHeader)) {
      return { status: 400, body: 'invalid signature' };
    }

    let event: PaymentEvent;
    try {
      event = JSON.parse(rawBody) as PaymentEvent;
    } catch {
      return { status: 400, body: 'malformed payload' };
    }

    const alreadyProcessed = this.isDuplicate(event.id);
    if (!alreadyProcessed) {
      await this.apply(event);
      await redis.set(`webhook:seen:${event.id}`, String(Date.now()), { EX: DEDUPE_TTL_SECONDS });
    }

    return { status: 200, body: 'ok' };
  }
}
