// expect: no-promise-as-value
// assert.ok(store.isActive(...)) receives the Promise itself, which is always truthy, so the "refreshes TTL" test can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

interface SessionRecord {
  userId: string;
  expiresAt: number;
}

class SessionStore {
  private readonly rows = new Map<string, SessionRecord>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async create(userId: string): Promise<string> {
    const token = randomUUID();
    this.rows.set(token, { userId, expiresAt: this.now() + this.ttlMs });
    return token;
  }

  async isActive(token: string): Promise<boolean> {
    const row = this.rows.get(token);
    return !!row && row.expiresAt > this.now();
  }

  async touch(token: string): Promise<void> {
    const row = this.rows.get(token);
    if (row && row.expiresAt > this.now()) row.expiresAt = this.now() + this.ttlMs;
  }

  async revokeAll(userId: string): Promise<number> {
    let n = 0;
    for (const [token, row] of this.rows) {
      if (row.userId === userId) {
        this.rows.delete(token);
        n++;
      }
    }
    return n;
  }
}

describe('SessionStore', () => {
  let clock = 0;
  let store: SessionStore;

  beforeEach(() => {
    clock = 1_700_000_000_000;
    store = new SessionStore(30 * 60_000, () => clock);
  });

  it('creates sessions that are active immediately', async () => {
    const token = await store.create('u_1');
    assert.equal(await store.isActive(token), true);
  });

  it('expires sessions after the TTL', async () => {
    const token = await store.create('u_1');
    clock += 31 * 60_000;
    assert.equal(await store.isActive(token), false);
  });

  it('refreshes the TTL on touch', async () => {
    const token = await store.create('u_1');
    clock += 20 * 60_000;
    await store.touch(token);
    clock += 20 * 60_000;
    assert.ok(store.isActive(token));
  });

  it('revokes every session for a user', async () => {
    const a = await store.create('u_1');
    const b = await store.create('u_1');
    const other = await store.create('u_2');
    assert.equal(await store.revokeAll('u_1'), 2);
    assert.equal(await store.isActive(a), false);
    assert.equal(await store.isActive(b), false);
    assert.equal(await store.isActive(other), true);
  });
});
