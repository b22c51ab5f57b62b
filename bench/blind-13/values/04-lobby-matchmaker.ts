// expect: none
// Correct: matchedLobby is assigned in the 'matched' listener, but it is only read after `await once(...)` has resolved for that same event.
import { EventEmitter, once } from 'node:events';

export interface Player {
  id: string;
  rating: number;
  region: 'eu' | 'na' | 'apac';
}

export interface Lobby {
  id: string;
  region: Player['region'];
  players: Player[];
  averageRating: number;
}

const LOBBY_SIZE = 4;

export class Matchmaker extends EventEmitter {
  private queues = new Map<Player['region'], Player[]>();
  private nextLobby = 1;

  enqueue(player: Player): void {
    const queue = this.queues.get(player.region) ?? [];
    queue.push(player);
    queue.sort((a, b) => a.rating - b.rating);
    this.queues.set(player.region, queue);
    this.tryForm(player.region);
  }

  private tryForm(region: Player['region']): void {
    const queue = this.queues.get(region);
    if (!queue || queue.length < LOBBY_SIZE) return;

    const players = queue.splice(0, LOBBY_SIZE);
    const averageRating = Math.round(players.reduce((sum, p) => sum + p.rating, 0) / players.length);
    const lobby: Lobby = { id: `L${this.nextLobby++}`, region, players, averageRating };
    // Listeners may be added after enqueue() returns, so emit on the next tick.
    process.nextTick(() => this.emit('matched', lobby));
  }
}

declare const gameServers: {
  allocate(region: Player['region']): Promise<{ host: string; port: number }>;
};

export async function joinAndWait(mm: Matchmaker, player: Player, timeoutMs = 30_000): Promise<{ lobby: Lobby; address: string }> {
  let matchedLobby: Lobby | undefined;
  const onMatched = (lobby: Lobby) => {
    if (lobby.players.some((p) => p.id === player.id)) matchedLobby = lobby;
  };
  mm.on('matched', onMatched);

  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), timeoutMs);
  try {
    mm.enqueue(player);
    while (!matchedLobby) {
      await once(mm, 'matched', { signal: ac.signal });
    }
  } finally {
    clearTimeout(timer);
    mm.off('matched', onMatched);
  }

  const server = await gameServers.allocate(matchedLobby.region);
  return { lobby: matchedLobby, address: `${server.host}:${server.port}` };
}
