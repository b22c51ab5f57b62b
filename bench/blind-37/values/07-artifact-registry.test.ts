// expect: no-promise-as-value
// registry.isRegistered() is async, so assert.ok() receives a Promise (always truthy) and the registration test can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Artifact {
  tag: string; // e.g. "WK17-0042"
  material: 'ceramic' | 'timber' | 'metal' | 'glass' | 'organic';
  depthM: number;
  conservationPriority: 1 | 2 | 3;
}

interface Dive {
  site: string;
  number: number;
  artifacts: Artifact[];
}

interface Store {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

function memoryStore(): Store {
  const data = new Map<string, string>();
  return {
    async get(key) {
      return data.get(key);
    },
    async set(key, value) {
      data.set(key, value);
    },
  };
}

class ArtifactRegistry {
  constructor(private readonly store: Store) {}

  async recordDive(dive: Dive): Promise<number> {
    let added = 0;
    for (const artifact of dive.artifacts) {
      if (!/^[A-Z]{2}\d{2}-\d{4}$/.test(artifact.tag)) {
        throw new Error(`malformed tag ${artifact.tag}`);
      }
      if (await this.store.get(artifact.tag)) continue;
      await this.store.set(artifact.tag, JSON.stringify({ ...artifact, site: dive.site, dive: dive.number }));
      added++;
    }
    return added;
  }

  async isRegistered(tag: string): Promise<boolean> {
    return (await this.store.get(tag)) !== undefined;
  }

  async conservationQueue(tags: string[]): Promise<string[]> {
    const rows = await Promise.all(tags.map((t) => this.store.get(t)));
    return rows
      .filter((r): r is string => r !== undefined)
      .map((r) => JSON.parse(r) as Artifact)
      .sort((a, b) => a.conservationPriority - b.conservationPriority || b.depthM - a.depthM)
      .map((a) => a.tag);
  }
}

const DIVE_17: Dive = {
  site: 'Wreck of the Kestrel',
  number: 17,
  artifacts: [
    { tag: 'WK17-0042', material: 'ceramic', depthM: 21.4, conservationPriority: 2 },
    { tag: 'WK17-0043', material: 'timber', depthM: 22.0, conservationPriority: 1 },
    { tag: 'WK17-0044', material: 'metal', depthM: 19.8, conservationPriority: 1 },
  ],
};

describe('ArtifactRegistry', () => {
  let registry: ArtifactRegistry;

  beforeEach(() => {
    registry = new ArtifactRegistry(memoryStore());
  });

  it('registers every artifact raised on a dive', async () => {
    const added = await registry.recordDive(DIVE_17);
    assert.equal(added, 3);
    for (const artifact of DIVE_17.artifacts) {
      assert.ok(registry.isRegistered(artifact.tag), `${artifact.tag} missing`);
    }
  });

  it('does not double-count a re-logged dive', async () => {
    await registry.recordDive(DIVE_17);
    assert.equal(await registry.recordDive(DIVE_17), 0);
  });

  it('rejects malformed tags', async () => {
    await assert.rejects(
      registry.recordDive({ ...DIVE_17, artifacts: [{ ...DIVE_17.artifacts[0], tag: 'wk17-42' }] }),
      /malformed tag/,
    );
  });

  it('orders the conservation queue by priority, deepest first', async () => {
    await registry.recordDive(DIVE_17);
    const queue = await registry.conservationQueue(DIVE_17.artifacts.map((a) => a.tag));
    assert.deepEqual(queue, ['WK17-0043', 'WK17-0044', 'WK17-0042']);
  });
});
