// expect: no-leaked-race
// within() races each lobby promise against a 5s setTimeout that is never cleared, so every passing test leaves a pending timer keeping the worker alive.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(expected: unknown): void;
};

type PlayerId = string;

class MatchLobby extends EventEmitter {
  private readonly accepted = new Set<PlayerId>();
  private checkTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly lobbyId: string,
    readonly players: PlayerId[],
  ) {
    super();
  }

  startReadyCheck(windowMs: number): void {
    this.accepted.clear();
    this.emit('ready-check', { lobbyId: this.lobbyId, windowMs });
    this.checkTimer = setTimeout(() => {
      const missing = this.players.filter((p) => !this.accepted.has(p));
      this.checkTimer = undefined;
      this.emit('ready-check-failed', { missing });
    }, windowMs);
  }

  accept(player: PlayerId): void {
    if (!this.checkTimer || !this.players.includes(player)) return;
    this.accepted.add(player);
    if (this.accepted.size === this.players.length) {
      clearTimeout(this.checkTimer);
      this.checkTimer = undefined;
      this.emit('match-ready', { lobbyId: this.lobbyId, players: [...this.players] });
    }
  }
}

function within<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${label} did not settle within ${ms}ms`)), ms);
    }),
  ]);
}

describe('MatchLobby ready check', () => {
  let lobby: MatchLobby;

  beforeEach(() => {
    lobby = new MatchLobby('eu-west-7731', ['kestrel', 'morrow', 'vanta', 'pike', 'oduya']);
  });

  it('emits match-ready once every player accepts', async () => {
    const ready = once(lobby, 'match-ready');
    lobby.startReadyCheck(1_000);
    for (const p of lobby.players) lobby.accept(p);

    const [payload] = await within(ready, 5_000, 'match-ready');
    expect(payload).toEqual({ lobbyId: 'eu-west-7731', players: lobby.players });
  });

  it('reports the players who did not accept in time', async () => {
    const failed = once(lobby, 'ready-check-failed');
    lobby.startReadyCheck(50);
    lobby.accept('kestrel');
    lobby.accept('vanta');

    const [{ missing }] = await within(failed, 5_000, 'ready-check-failed');
    expect(missing).toEqual(['morrow', 'pike', 'oduya']);
  });

  it('ignores accepts from players outside the lobby', async () => {
    const failed = once(lobby, 'ready-check-failed');
    lobby.startReadyCheck(30);
    lobby.accept('spectator-91');

    const [{ missing }] = await within(failed, 5_000, 'ready-check-failed');
    expect(missing.length).toBe(5);
    expect(missing).toContain('oduya');
  });
});
