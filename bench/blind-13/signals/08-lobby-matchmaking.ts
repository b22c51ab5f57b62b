// expect: none
// The race between the match search and the queue timeout clears its timer and aborts the search's controller in finally, so neither side outlives the race.
import { EventEmitter, once } from 'node:events';

export interface Player {
  id: string;
  rating: number;
  region: 'eu' | 'na' | 'apac';
}

export interface Match {
  id: string;
  players: Player[];
  server: string;
}

declare const matchService: {
  findMatch(player: Player, opts: { signal: AbortSignal; widenAfterMs: number }): Promise<Match>;
  reserveServer(region: Player['region'], opts: { signal?: AbortSignal }): Promise<string>;
};

export class QueueTimeoutError extends Error {
  constructor(readonly playerId: string) {
    super(`no match found for ${playerId} in time`);
    this.name = 'QueueTimeoutError';
  }
}

export class LobbyQueue extends EventEmitter {
  private readonly searching = new Map<string, AbortController>();

  constructor(private readonly maxWaitMs = 90_000) {
    super();
  }

  isQueued(playerId: string): boolean {
    return this.searching.has(playerId);
  }

  leave(playerId: string): void {
    this.searching.get(playerId)?.abort(new Error('player left queue'));
  }

  async enqueue(player: Player): Promise<Match> {
    if (this.searching.has(player.id)) {
      throw new Error(`${player.id} is already queued`);
    }
    const search = new AbortController();
    this.searching.set(player.id, search);
    this.emit('queued', player);

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueTimeoutError(player.id)), this.maxWaitMs);
    });
    const cancelled = once(search.signal, 'abort').then(() => {
      throw search.signal.reason;
    });

    try {
      const match = await Promise.race([
        matchService.findMatch(player, { signal: search.signal, widenAfterMs: 20_000 }),
        timeout,
        cancelled,
      ]);
      this.emit('matched', player, match);
      return match;
    } finally {
      clearTimeout(timer);
      if (!search.signal.aborted) search.abort();
      this.searching.delete(player.id);
    }
  }

  async enqueueParty(players: Player[]): Promise<Match[]> {
    return Promise.all(players.map((p) => this.enqueue(p)));
  }
}
