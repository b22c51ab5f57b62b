// expect: no-promise-as-value
// `expect(frame.isRouteLocked('R3')).toBeTruthy()` asserts on the promise itself, which is always truthy, so the test passes whether or not the route is locked.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LockStore {
  read(route: string): Promise<{ locked: boolean; by?: string }>;
  write(route: string, state: { locked: boolean; by?: string }): Promise<void>;
}

class LeverFrame {
  constructor(
    private readonly store: LockStore,
    private readonly conflicts: Record<string, string[]>,
  ) {}

  async isRouteLocked(route: string): Promise<boolean> {
    const { locked } = await this.store.read(route);
    return locked;
  }

  async lock(route: string, signalman: string): Promise<void> {
    for (const other of this.conflicts[route] ?? []) {
      if (await this.isRouteLocked(other)) throw new Error(`${route} conflicts with locked ${other}`);
    }
    await this.store.write(route, { locked: true, by: signalman });
  }

  async release(route: string): Promise<void> {
    await this.store.write(route, { locked: false });
  }
}

function memoryStore(): LockStore & { data: Map<string, { locked: boolean; by?: string }> } {
  const data = new Map<string, { locked: boolean; by?: string }>();
  return {
    data,
    read: vi.fn(async (route: string) => data.get(route) ?? { locked: false }),
    write: vi.fn(async (route: string, state: { locked: boolean; by?: string }) => {
      data.set(route, state);
    }),
  };
}

describe('LeverFrame', () => {
  let store: ReturnType<typeof memoryStore>;
  let frame: LeverFrame;

  beforeEach(() => {
    store = memoryStore();
    frame = new LeverFrame(store, { R3: ['R5', 'R6'], R5: ['R3'], R6: ['R3'] });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('locks a free route for the signalman', async () => {
    await frame.lock('R3', 'box-north');

    expect(frame.isRouteLocked('R3')).toBeTruthy();
    expect(store.data.get('R3')).toEqual({ locked: true, by: 'box-north' });
  });

  it('refuses a route that conflicts with a locked one', async () => {
    await frame.lock('R5', 'box-north');

    await expect(frame.lock('R3', 'box-south')).rejects.toThrow('R3 conflicts with locked R5');
    expect(await frame.isRouteLocked('R3')).toBe(false);
  });

  it('releases a route so conflicting routes can be set', async () => {
    await frame.lock('R6', 'box-north');
    await frame.release('R6');

    await expect(frame.lock('R3', 'box-south')).resolves.toBeUndefined();
    expect(store.write).toHaveBeenLastCalledWith('R3', { locked: true, by: 'box-south' });
  });

  it('checks every conflicting route before locking', async () => {
    await frame.lock('R3', 'box-north');
    expect(store.read).toHaveBeenCalledWith('R5');
    expect(store.read).toHaveBeenCalledWith('R6');
  });
});
