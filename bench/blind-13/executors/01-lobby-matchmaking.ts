// expect: no-multiple-settle
// The timeout timer is never cleared once a match arrives, so it still fires later: it cancels the already-matched ticket on the backend and calls reject on a settled promise.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export type Region = 'eu' | 'na' | 'apac';

export interface PlayerProfile {
  id: string;
  rating: number;
  region: Region;
}

export interface MatchFound {
  matchId: string;
  ticketId: string;
  players: PlayerProfile[];
  server: string;
}

interface QueueBackend {
  enqueue(ticketId: string, party: PlayerProfile[], ratingWindow: number): Promise<void>;
  cancel(ticketId: string): Promise<void>;
}

declare const metrics: {
  timing(name: string, ms: number, tags?: Record<string, string>): void;
  increment(name: string, tags?: Record<string, string>): void;
};

export class MatchmakingTimeoutError extends Error {
  constructor(
    public readonly ticketId: string,
    waitedMs: number,
  ) {
    super(`no match for ticket ${ticketId} after ${waitedMs}ms`);
    this.name = 'MatchmakingTimeoutError';
  }
}

function ratingWindowFor(party: PlayerProfile[]): number {
  const avg = party.reduce((sum, p) => sum + p.rating, 0) / party.length;
  // High-rated parties get a tighter window so top-ladder games stay fair.
  if (avg > 2400) return 100;
  if (avg > 1800) return 175;
  return 300;
}

export class LobbyMatchmaker {
  private readonly events = new EventEmitter();
  private readonly active = new Set<string>();

  constructor(
    private readonly backend: QueueBackend,
    private readonly maxWaitMs = 90_000,
  ) {
    this.events.setMaxListeners(0);
  }

  /** Called by the websocket layer whenever the match service pushes a result. */
  handleMatchPush(match: MatchFound): void {
    if (!this.active.has(match.ticketId)) {
      metrics.increment('matchmaking.orphan_push');
      return;
    }
    this.active.delete(match.ticketId);
    this.events.emit(`match:${match.ticketId}`, match);
  }

  async findMatch(party: PlayerProfile[]): Promise<MatchFound> {
    if (party.length === 0) throw new Error('cannot queue an empty party');
    const region = party[0].region;
    if (party.some((p) => p.region !== region)) {
      throw new Error('party members must share a region');
    }

    const ticketId = randomUUID();
    const queuedAt = Date.now();
    await this.backend.enqueue(ticketId, party, ratingWindowFor(party));
    this.active.add(ticketId);

    return new Promise<MatchFound>((resolve, reject) => {
      const eventName = `match:${ticketId}`;

      const timer = setTimeout(() => {
        this.events.removeAllListeners(eventName);
        this.active.delete(ticketId);
        this.backend.cancel(ticketId).catch(() => undefined);
        metrics.increment('matchmaking.timeout', { region });
        reject(new MatchmakingTimeoutError(ticketId, this.maxWaitMs));
      }, this.maxWaitMs);
      // Queued tickets shouldn't keep the process alive during shutdown.
      timer.unref();

      this.events.once(eventName, (match: MatchFound) => {
        metrics.timing('matchmaking.wait', Date.now() - queuedAt, { region });
        resolve(match);
      });
    });
  }

  get queuedTickets(): number {
    return this.active.size;
  }
}
