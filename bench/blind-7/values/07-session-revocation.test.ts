// expect: no-promise-as-value
// store.isRevoked() is async, so the first revocation assertion receives a pending Promise, which is always truthy; the test passes even if revokeAllForUser() skips the older session.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toEqual(expected: unknown): void;
};

interface KV {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  sadd(key: string, member: string): Promise<void>;
  smembers(key: string): Promise<string[]>;
}

class MemoryKV implements KV {
  private readonly strings = new Map<string, string>();
  private readonly sets = new Map<string, Set<string>>();
  async get(key: string) {
    return this.strings.get(key) ?? null;
  }
  async set(key: string, value: string) {
    this.strings.set(key, value);
  }
  async sadd(key: string, member: string) {
    const s = this.sets.get(key) ?? new Set<string>();
    s.add(member);
    this.sets.set(key, s);
  }
  async smembers(key: string) {
    return [...(this.sets.get(key) ?? [])];
  }
}

class SessionStore {
  constructor(
    private readonly kv: KV,
    private readonly ttlSeconds = 3600,
  ) {}

  async create(userId: string): Promise<{ id: string; userId: string }> {
    const id = crypto.randomUUID();
    await this.kv.set(`sess:${id}`, JSON.stringify({ userId, revoked: false }), this.ttlSeconds);
    await this.kv.sadd(`user-sess:${userId}`, id);
    return { id, userId };
  }

  async revokeAllForUser(userId: string): Promise<number> {
    const ids = await this.kv.smembers(`user-sess:${userId}`);
    for (const id of ids) {
      await this.kv.set(`sess:${id}`, JSON.stringify({ userId, revoked: true }), this.ttlSeconds);
    }
    return ids.length;
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    const raw = await this.kv.get(`sess:${sessionId}`);
    if (raw === null) return true;
    return (JSON.parse(raw) as { revoked: boolean }).revoked;
  }
}

describe('SessionStore.revokeAllForUser', () => {
  let store: SessionStore;
  beforeEach(() => {
    store = new SessionStore(new MemoryKV());
  });

  it('revokes every session belonging to the user', async () => {
    const older = await store.create('u_1');
    const newer = await store.create('u_1');
    const other = await store.create('u_2');

    expect(await store.revokeAllForUser('u_1')).toBe(2);

    expect(store.isRevoked(older.id)).toBeTruthy();
    expect(await store.isRevoked(newer.id)).toBe(true);
    expect(await store.isRevoked(other.id)).toBeFalsy();
  });
});
