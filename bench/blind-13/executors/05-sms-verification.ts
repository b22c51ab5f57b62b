// expect: no-multiple-settle
// The executor is async: if the rate-limit check throws RateLimitedError (or a store call rejects) before the SMS callback runs, the exception is swallowed by the executor's own promise and the returned promise never settles.
import { createHash, randomInt } from 'node:crypto';

export interface SendReceipt {
  messageId: string;
  expiresAt: number;
}

interface CodeStore {
  countSince(phone: string, sinceMs: number): Promise<number>;
  save(phone: string, codeHash: string, ttlSeconds: number): Promise<void>;
  lookup(phone: string): Promise<{ codeHash: string; attempts: number } | null>;
  clear(phone: string): Promise<void>;
  bumpAttempts(phone: string): Promise<void>;
}

declare const store: CodeStore;
declare const smsGateway: {
  send(msg: { to: string; body: string; senderId: string }, cb: (err: Error | null, messageId?: string) => void): void;
};

const CODE_TTL_SECONDS = 300;
const WINDOW_MS = 15 * 60 * 1000;
const MAX_SENDS_PER_WINDOW = 3;
const MAX_ATTEMPTS = 5;

export class RateLimitedError extends Error {
  constructor(public readonly phone: string) {
    super('too many verification codes requested; try again later');
    this.name = 'RateLimitedError';
  }
}

function hashCode(phone: string, code: string): string {
  return createHash('sha256').update(`${phone}:${code}`).digest('hex');
}

function normalizePhone(raw: string): string {
  const digits = raw.replace(/[^\d+]/g, '');
  if (!/^\+\d{8,15}$/.test(digits)) throw new Error(`invalid E.164 number: ${raw}`);
  return digits;
}

export function sendVerificationCode(rawPhone: string, appName = 'Clinicly'): Promise<SendReceipt> {
  const phone = normalizePhone(rawPhone);

  return new Promise<SendReceipt>(async (resolve, reject) => {
    const recent = await store.countSince(phone, Date.now() - WINDOW_MS);
    if (recent >= MAX_SENDS_PER_WINDOW) {
      throw new RateLimitedError(phone);
    }

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await store.save(phone, hashCode(phone, code), CODE_TTL_SECONDS);

    smsGateway.send({ to: phone, body: `${code} is your ${appName} verification code.`, senderId: appName }, (err, messageId) => {
      if (err || !messageId) {
        reject(err ?? new Error('SMS gateway returned no message id'));
        return;
      }
      resolve({ messageId, expiresAt: Date.now() + CODE_TTL_SECONDS * 1000 });
    });
  });
}

export async function verifyCode(rawPhone: string, submitted: string): Promise<boolean> {
  const phone = normalizePhone(rawPhone);
  const entry = await store.lookup(phone);
  if (!entry) return false;
  if (entry.attempts >= MAX_ATTEMPTS) return false;

  const ok = entry.codeHash === hashCode(phone, submitted.trim());
  if (ok) await store.clear(phone);
  else await store.bumpAttempts(phone);
  return ok;
}
