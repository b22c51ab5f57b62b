// expect: none
// Every assertion is made on an awaited value, and the only promise passed to assert is given to assert.rejects, which is designed to take a promise.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Session {
  id: string;
  userId: string;
  expiresAt: number;
}

class MemorySessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number) {}

  async create(userId: string, ttlMs: number): Promise<Session> {
    const session: Session = { id: `s_${this.sessions.size + 1}`, userId, expiresAt: this.now() + ttlMs };
    this.sessions.set(session.id, session);
    return session;
  }

  async isValid(id: string): Promise<boolean> {
    const session = this.sessions.get(id);
    return session !== undefined && session.expiresAt > this.now();
  }

  async touch(id: string, ttlMs: number): Promise<Session> {
    const session = this.sessions.get(id);
    if (!session) throw new Error(`unknown session ${id}`);
    session.expiresAt = this.now() + ttlMs;
    return session;
  }

  async revoke(id: string): Promise<void> {
    this.sessions.delete(id);
  }
}

describe('MemorySessionStore', () => {
  let clock = 0;
  let store: MemorySessionStore;

  beforeEach(() => {
    clock = 1_000;
    store = new MemorySessionStore(() => clock);
  });

  it('accepts a fresh session and rejects it after expiry', async () => {
    const session = await store.create('u_42', 5_000);
    assert.ok(await store.isValid(session.id));

    clock += 5_001;
    assert.equal(await store.isValid(session.id), false);
  });

  it('extends expiry on touch', async () => {
    const session = await store.create('u_7', 1_000);
    clock += 900;
    const touched = await store.touch(session.id, 1_000);
    assert.equal(touched.expiresAt, 2_900);
    clock += 900;
    assert.ok(await store.isValid(session.id));
  });

  it('refuses to touch a revoked session', async () => {
    const session = await store.create('u_9', 60_000);
    await store.revoke(session.id);
    assert.equal(await store.isValid(session.id), false);
    await assert.rejects(store.touch(session.id, 60_000), /unknown session/);
  });
});
