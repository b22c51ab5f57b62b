// expect: no-promise-as-value
// The registration test passes the un-awaited isRegistered() promise to toBeTruthy, which always passes because a promise object is truthy whatever it resolves to.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Team {
  id: string;
  name: string;
  members: string[];
  category: 'single-block' | 'multi-block' | 'abstract';
}

interface BlockStore {
  reserveBlock(teamId: string, category: Team['category']): Promise<string>;
  releaseBlock(blockId: string): Promise<void>;
}

class SculptureRegistry {
  private readonly teams = new Map<string, { team: Team; blockId: string }>();

  constructor(private readonly store: BlockStore) {}

  async register(team: Team): Promise<string> {
    if (team.members.length === 0 || team.members.length > 4) {
      throw new Error(`team ${team.name} must have 1-4 carvers`);
    }
    const existing = this.teams.get(team.id);
    if (existing) return existing.blockId;
    const blockId = await this.store.reserveBlock(team.id, team.category);
    this.teams.set(team.id, { team, blockId });
    return blockId;
  }

  async isRegistered(teamId: string): Promise<boolean> {
    return this.teams.has(teamId);
  }

  async withdraw(teamId: string): Promise<void> {
    const entry = this.teams.get(teamId);
    if (!entry) return;
    this.teams.delete(teamId);
    await this.store.releaseBlock(entry.blockId);
  }
}

describe('SculptureRegistry', () => {
  let store: { reserveBlock: ReturnType<typeof vi.fn>; releaseBlock: ReturnType<typeof vi.fn> };
  let registry: SculptureRegistry;
  const frostbite: Team = { id: 't7', name: 'Frostbite', members: ['Aino', 'Kalle'], category: 'multi-block' };

  beforeEach(() => {
    store = {
      reserveBlock: vi.fn().mockResolvedValue('B-12'),
      releaseBlock: vi.fn().mockResolvedValue(undefined),
    };
    registry = new SculptureRegistry(store as BlockStore);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('registers a team and reserves a block', async () => {
    await expect(registry.register(frostbite)).resolves.toBe('B-12');
    expect(registry.isRegistered('t7')).toBeTruthy();
    expect(store.reserveBlock).toHaveBeenCalledWith('t7', 'multi-block');
  });

  it('reuses the block when a team registers twice', async () => {
    await registry.register(frostbite);
    await registry.register(frostbite);
    expect(store.reserveBlock).toHaveBeenCalledTimes(1);
  });

  it('rejects oversized teams', async () => {
    const crowd = { ...frostbite, id: 't8', members: ['a', 'b', 'c', 'd', 'e'] };
    await expect(registry.register(crowd)).rejects.toThrow('1-4 carvers');
    expect(await registry.isRegistered('t8')).toBe(false);
  });

  it('releases the block on withdrawal', async () => {
    await registry.register(frostbite);
    await registry.withdraw('t7');
    expect(store.releaseBlock).toHaveBeenCalledWith('B-12');
    expect(await registry.isRegistered('t7')).toBe(false);
  });
});
