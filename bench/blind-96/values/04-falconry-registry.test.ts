// expect: no-promise-as-value
// The banding test passes registry.isBanded(...) straight to assert.ok, but isBanded is async and a promise is always truthy, so the assertion passes even when the ring was never recorded.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Bird {
  ringId: string;
  species: string;
  hatched: string;
}

interface RingStore {
  get(ringId: string): Promise<Bird | undefined>;
  put(bird: Bird): Promise<void>;
  close(): Promise<void>;
}

class MemoryRingStore implements RingStore {
  private readonly rows = new Map<string, Bird>();
  async get(ringId: string) {
    return this.rows.get(ringId);
  }
  async put(bird: Bird) {
    this.rows.set(bird.ringId, bird);
  }
  async close() {
    this.rows.clear();
  }
}

class FalconryRegistry {
  constructor(private readonly store: RingStore, private readonly auditLog: (msg: string) => void) {}

  async band(bird: Bird): Promise<void> {
    if (!/^[A-Z]{2}-\d{3,6}$/.test(bird.ringId)) throw new Error(`invalid ring id ${bird.ringId}`);
    if (await this.store.get(bird.ringId)) throw new Error(`ring ${bird.ringId} already issued`);
    await this.store.put(bird);
    this.auditLog(`banded ${bird.species} ${bird.ringId}`);
  }

  async isBanded(ringId: string): Promise<boolean> {
    return (await this.store.get(ringId)) !== undefined;
  }
}

describe('FalconryRegistry', () => {
  let store: MemoryRingStore;
  let audit: ReturnType<typeof mock.fn<(msg: string) => void>>;
  let registry: FalconryRegistry;

  beforeEach(() => {
    store = new MemoryRingStore();
    audit = mock.fn<(msg: string) => void>();
    registry = new FalconryRegistry(store, audit);
  });

  afterEach(async () => {
    await store.close();
    mock.restoreAll();
  });

  it('bands a new bird and records it', async () => {
    await registry.band({ ringId: 'GB-40121', species: 'peregrine', hatched: '2023-04-18' });
    assert.ok(registry.isBanded('GB-40121'));
    assert.equal(audit.mock.callCount(), 1);
    assert.match(audit.mock.calls[0]!.arguments[0], /peregrine GB-40121/);
  });

  it('refuses to issue the same ring twice', async () => {
    await registry.band({ ringId: 'GB-40122', species: 'goshawk', hatched: '2022-05-02' });
    await assert.rejects(
      registry.band({ ringId: 'GB-40122', species: 'kestrel', hatched: '2023-06-11' }),
      /already issued/,
    );
    assert.equal(audit.mock.callCount(), 1);
  });

  it('rejects malformed ring ids', async () => {
    await assert.rejects(registry.band({ ringId: 'gb40123', species: 'merlin', hatched: '2024-05-30' }), /invalid ring id/);
    assert.equal(await registry.isBanded('gb40123'), false);
  });
});
