// expect: none
// The socket listener is synchronous and attaches .catch to each async handle() call it tracks, so no handler promise floats.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface LobbyMessage {
  type: 'ready' | 'unready' | 'pick-side';
  playerId: string;
  side?: 'attack' | 'defence';
}

interface RosterService {
  confirmReady(lobbyId: string, playerId: string): Promise<void>;
  startMatch(lobbyId: string, players: string[]): Promise<{ matchId: string }>;
}

class Lobby {
  readonly ready = new Set<string>();
  readonly errors: string[] = [];
  matchId: string | null = null;
  private readonly inflight = new Set<Promise<void>>();

  constructor(
    private readonly lobbyId: string,
    private readonly size: number,
    private readonly socket: EventEmitter,
    private readonly roster: RosterService,
  ) {
    socket.on('message', (raw: string) => {
      const work = this.handle(JSON.parse(raw) as LobbyMessage)
        .catch((err: unknown) => {
          this.errors.push(err instanceof Error ? err.message : String(err));
          this.socket.emit('send', JSON.stringify({ type: 'error', message: 'lobby update failed' }));
        })
        .finally(() => this.inflight.delete(work));
      this.inflight.add(work);
    });
  }

  private async handle(msg: LobbyMessage): Promise<void> {
    if (msg.type === 'unready') {
      this.ready.delete(msg.playerId);
      return;
    }
    if (msg.type !== 'ready' || this.matchId) return;
    await this.roster.confirmReady(this.lobbyId, msg.playerId);
    this.ready.add(msg.playerId);
    if (this.ready.size === this.size) {
      const { matchId } = await this.roster.startMatch(this.lobbyId, [...this.ready]);
      this.matchId = matchId;
      this.socket.emit('send', JSON.stringify({ type: 'match-start', matchId }));
    }
  }

  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }
}

describe('Lobby ready-up', () => {
  let socket: EventEmitter;
  let sent: string[];
  let roster: RosterService & { failFor: string | null };

  beforeEach(() => {
    socket = new EventEmitter();
    sent = [];
    socket.on('send', (payload: string) => sent.push(payload));
    roster = {
      failFor: null,
      async confirmReady(_lobby, playerId) {
        if (playerId === roster.failFor) throw new Error(`roster rejected ${playerId}`);
      },
      async startMatch(lobby) {
        return { matchId: `${lobby}-m1` };
      },
    };
  });

  it('starts the match once every player is ready', async () => {
    const lobby = new Lobby('L9', 2, socket, roster);
    socket.emit('message', JSON.stringify({ type: 'ready', playerId: 'p1' }));
    socket.emit('message', JSON.stringify({ type: 'ready', playerId: 'p2' }));
    await lobby.idle();
    expect(lobby.matchId).toBe('L9-m1');
    expect(JSON.parse(sent[0])).toEqual({ type: 'match-start', matchId: 'L9-m1' });
  });

  it('reports a roster failure to the client instead of crashing', async () => {
    roster.failFor = 'p2';
    const lobby = new Lobby('L10', 2, socket, roster);
    socket.emit('message', JSON.stringify({ type: 'ready', playerId: 'p2' }));
    await lobby.idle();
    expect(lobby.errors).toEqual(['roster rejected p2']);
    expect(lobby.matchId).toBe(null);
    expect(sent).toHaveLength(1);
  });
});
