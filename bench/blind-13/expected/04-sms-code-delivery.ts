// expect: no-reused-settled-promise
// The send promise is created once before the loop, so each "retry" re-awaits the same rejected promise instead of resending the SMS.
import { randomInt, createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

interface SmsReceipt {
  messageId: string;
  segments: number;
}

class GatewayError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

declare const smsGateway: {
  send(msg: { to: string; body: string; senderId: string }): Promise<SmsReceipt>;
};
declare const codeStore: {
  put(phone: string, codeHash: string, ttlSeconds: number): Promise<void>;
  recordDelivery(phone: string, messageId: string): Promise<void>;
};

const MAX_ATTEMPTS = 4;
const CODE_TTL_SECONDS = 300;

function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

function hashCode(phone: string, code: string): string {
  return createHash('sha256').update(`${phone}:${code}`).digest('hex');
}

function isTransient(err: unknown): boolean {
  if (err instanceof GatewayError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError; // network failure from fetch
}

function backoffMs(attempt: number): number {
  const base = 250 * 2 ** (attempt - 1);
  return base + randomInt(0, 100);
}

export async function sendLoginCode(phone: string, locale = 'en'): Promise<SmsReceipt> {
  const code = generateCode();
  await codeStore.put(phone, hashCode(phone, code), CODE_TTL_SECONDS);

  const body =
    locale === 'de' ? `Ihr Anmeldecode lautet ${code}. Gültig für 5 Minuten.` : `Your login code is ${code}. It expires in 5 minutes.`;

  const delivery = smsGateway.send({ to: phone, body, senderId: 'ACMEAUTH' });

  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const receipt = await delivery;
      await codeStore.recordDelivery(phone, receipt.messageId);
      return receipt;
    } catch (err) {
      lastError = err;
      if (!isTransient(err) || attempt === MAX_ATTEMPTS) break;
      await sleep(backoffMs(attempt));
    }
  }

  throw new Error(`could not deliver login code to ${phone.slice(0, -4)}****`, { cause: lastError });
}
