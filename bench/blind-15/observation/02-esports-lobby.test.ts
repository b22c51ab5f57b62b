// expect: none
// Join promises are started together and combined with Promise.all, and every rejects assertion is awaited.
import { randomUUID } from 'node:crypto';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;

interface AsyncMatchers {
  toThrow(expected?: string | RegExp): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
}
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: AsyncMatchers;
  resolves: AsyncMatchers;
}
declare function expect<T>(actual: T): Matchers;

interface Player {
  id: string;
  mmr: number;
  region: 'eu' | 'na' | 'apac';
}

declare class MatchLobby {
  constructor(opts: { id: string; capacity: number; region: Player['region']; mmrSpread: number });
  join(player: Player): Promise<{ slot: number }>;
  leave(playerId: string): Promise<void>;
  readyCheck(timeoutMs: number): Promise<string[]>;
  markReady(playerId: string): void;
  readonly players: Player[];
}

const player = (id: string, mmr = 1500, region: Player['region'] = 'eu'): Player => ({ id, mmr, region });

describe('MatchLobby', () => {
  let lobby: MatchLobby;

  beforeEach(() => {
    lobby = new MatchLobby({ id: randomUUID(), capacity: 2, region: 'eu', mmrSpread: 300 });
  });

  it('seats concurrent joiners in distinct slots', async () => {
    const [a, b] = await Promise.all([lobby.join(player('kestrel')), lobby.join(player('moth', 1620))]);
    expect(a.slot === b.slot).toBe(false);
    expect(lobby.players).toHaveLength(2);
  });

  it('rejects a third player once the lobby is full', async () => {
    await Promise.all([lobby.join(player('kestrel')), lobby.join(player('moth'))]);
    await expect(lobby.join(player('wren'))).rejects.toThrow(/lobby is full/);
  });

  it('rejects players outside the mmr band', async () => {
    await lobby.join(player('kestrel', 1500));
    await expect(lobby.join(player('ace', 2100))).rejects.toThrow('mmr');
  });

  it('rejects players from another region', async () => {
    await expect(lobby.join(player('kiwi', 1500, 'apac'))).rejects.toThrow(/region/);
  });

  it('resolves the ready check once everyone confirms', async () => {
    await Promise.all([lobby.join(player('kestrel')), lobby.join(player('moth'))]);
    const check = lobby.readyCheck(1_000);
    lobby.markReady('kestrel');
    lobby.markReady('moth');
    await expect(check).resolves.toEqual(['kestrel', 'moth']);
  });

  it('frees the slot when a player leaves', async () => {
    await lobby.join(player('kestrel'));
    await lobby.leave('kestrel');
    expect(lobby.players).toEqual([]);
  });
});
