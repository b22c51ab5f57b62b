// expect: no-floating-promises
// The "full lobby" test calls expect(...).rejects.toThrow(...) without awaiting or returning it, so the assertion promise is dropped.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Player {
  id: string;
  rating: number;
  region: 'eu' | 'na' | 'apac';
}

class Lobby extends EventEmitter {
  readonly players: Player[] = [];

  constructor(
    readonly id: string,
    readonly capacity: number,
    readonly region: Player['region'],
  ) {
    super();
  }

  async join(player: Player): Promise<number> {
    await new Promise((r) => setImmediate(r));
    if (player.region !== this.region) {
      throw new Error(`region mismatch: ${player.region} != ${this.region}`);
    }
    if (this.players.length >= this.capacity) {
      throw new Error('lobby is full');
    }
    this.players.push(player);
    if (this.players.length === this.capacity) {
      this.emit(
        'ready',
        this.players.map((p) => p.id),
      );
    }
    return this.players.length;
  }

  averageRating(): number {
    if (this.players.length === 0) return 0;
    return this.players.reduce((sum, p) => sum + p.rating, 0) / this.players.length;
  }
}

const player = (id: string, rating = 1500, region: Player['region'] = 'eu'): Player => ({ id, rating, region });

describe('Lobby', () => {
  let lobby: Lobby;

  beforeEach(() => {
    lobby = new Lobby('l-1', 2, 'eu');
  });

  it('seats players in join order', async () => {
    await lobby.join(player('a', 1400));
    await lobby.join(player('b', 1600));
    expect(lobby.players.map((p) => p.id)).toEqual(['a', 'b']);
    expect(lobby.averageRating()).toBe(1500);
  });

  it('emits ready once capacity is reached', async () => {
    const seen: string[][] = [];
    lobby.on('ready', (ids: string[]) => seen.push(ids));
    await lobby.join(player('a'));
    await lobby.join(player('b'));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual(['a', 'b']);
  });

  it('refuses players once the lobby is full', async () => {
    await lobby.join(player('a'));
    await lobby.join(player('b'));
    expect(lobby.join(player('c'))).rejects.toThrow('lobby is full');
    expect(lobby.players).toHaveLength(2);
  });

  it('refuses players from another region', async () => {
    await expect(lobby.join(player('x', 1500, 'na'))).rejects.toThrow(/region mismatch/);
    expect(lobby.players).toHaveLength(0);
  });
});
