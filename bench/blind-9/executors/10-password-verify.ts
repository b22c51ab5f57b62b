// expect: no-multiple-settle
// For a credential whose stored hash is not 64 bytes (accounts imported from the old 32-byte scheme, or a truncated hex string), timingSafeEqual throws RangeError inside the scrypt callback: it escapes as an uncaught exception and verifyPassword never settles.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LEN = 64;
const SCRYPT_PARAMS: ScryptOptions = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export interface StoredCredential {
  userId: string;
  salt: string;
  hash: string;
  createdAt: string;
}

declare const users: {
  findCredential(email: string): Promise<StoredCredential | null>;
  recordFailedLogin(userId: string): Promise<number>;
  resetFailedLogins(userId: string): Promise<void>;
};
declare const audit: { log(event: string, data: Record<string, unknown>): void };

export function hashPassword(password: string): Promise<{ salt: string; hash: string }> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LEN, SCRYPT_PARAMS, (err, key) => {
      if (err) return reject(err);
      resolve({ salt: salt.toString('hex'), hash: key.toString('hex') });
    });
  });
}

export function verifyPassword(password: string, cred: StoredCredential): Promise<boolean> {
  const expected = Buffer.from(cred.hash, 'hex');
  const salt = Buffer.from(cred.salt, 'hex');
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LEN, SCRYPT_PARAMS, (err, derived) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(timingSafeEqual(derived, expected));
    });
  });
}

export async function login(email: string, password: string): Promise<{ userId: string } | null> {
  const cred = await users.findCredential(email.trim().toLowerCase());
  if (!cred) {
    audit.log('login.unknown_email', { email });
    await hashPassword(password);
    return null;
  }
  const ok = await verifyPassword(password, cred);
  if (!ok) {
    const failures = await users.recordFailedLogin(cred.userId);
    audit.log('login.bad_password', { userId: cred.userId, failures });
    return null;
  }
  await users.resetFailedLogins(cred.userId);
  audit.log('login.ok', { userId: cred.userId });
  return { userId: cred.userId };
}
