// expect: no-promise-as-value
// Bug: verifier.verify() is async; assert.ok() receives the pending promise, which is always truthy, so the "accepts the code" test can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';

interface CodeStore {
  put(phone: string, code: string, ttlMs: number): Promise<void>;
  get(phone: string): Promise<{ code: string; expiresAt: number } | undefined>;
  delete(phone: string): Promise<void>;
}

class MemoryCodeStore implements CodeStore {
  private entries = new Map<string, { code: string; expiresAt: number }>();
  async put(phone: string, code: string, ttlMs: number) {
    this.entries.set(phone, { code, expiresAt: Date.now() + ttlMs });
  }
  async get(phone: string) {
    return this.entries.get(phone);
  }
  async delete(phone: string) {
    this.entries.delete(phone);
  }
}

class TwoFactorVerifier {
  constructor(
    private store: CodeStore,
    private send: (phone: string, text: string) => Promise<void>,
    private ttlMs = 5 * 60_000,
  ) {}

  async issue(phone: string): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.store.put(phone, code, this.ttlMs);
    await this.send(phone, `Your login code is ${code}`);
    return code;
  }

  async verify(phone: string, attempt: string): Promise<boolean> {
    const entry = await this.store.get(phone);
    if (!entry || entry.expiresAt < Date.now()) return false;
    if (entry.code !== attempt.trim()) return false;
    await this.store.delete(phone);
    return true;
  }
}

describe('TwoFactorVerifier', () => {
  let outbox: Array<{ phone: string; text: string }>;
  let verifier: TwoFactorVerifier;

  beforeEach(() => {
    outbox = [];
    verifier = new TwoFactorVerifier(new MemoryCodeStore(), async (phone, text) => {
      outbox.push({ phone, text });
    });
  });

  it('sends a six digit code', async () => {
    const code = await verifier.issue('+447700900123');
    assert.match(code, /^\d{6}$/);
    assert.equal(outbox.length, 1);
    assert.ok(outbox[0].text.includes(code));
  });

  it('accepts the code that was sent', async () => {
    const code = await verifier.issue('+447700900123');
    assert.ok(verifier.verify('+447700900123', ` ${code} `));
  });

  it('rejects a wrong code', async () => {
    await verifier.issue('+447700900123');
    assert.equal(await verifier.verify('+447700900123', '000000x'), false);
  });

  it('codes are single use', async () => {
    const code = await verifier.issue('+447700900999');
    assert.equal(await verifier.verify('+447700900999', code), true);
    assert.equal(await verifier.verify('+447700900999', code), false);
  });
});
