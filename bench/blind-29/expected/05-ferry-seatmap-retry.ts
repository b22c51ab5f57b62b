// expect: no-reused-settled-promise
// The retry loop re-awaits the one `request` promise created before the loop, so after a failure every "retry" just rethrows the same rejection.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SeatMap {
  sailingId: string;
  deck: { row: string; seats: { code: string; taken: boolean }[] }[];
  vehicleLanesFree: number;
}

export interface SailingQuery {
  route: string;
  departure: string;
  vessel: string;
}

declare const operatorGateway: {
  seatMap(query: SailingQuery, signal: AbortSignal): Promise<SeatMap>;
};

const RETRYABLE = new Set(['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN']);

function isRetryable(err: unknown): boolean {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    return RETRYABLE.has(String((err as { code: unknown }).code));
  }
  return err instanceof DOMException && err.name === 'TimeoutError';
}

export class SeatMapService {
  private readonly maxAttempts = 3;

  constructor(private readonly timeoutMs = 5_000) {}

  async fetchSeatMap(query: SailingQuery): Promise<SeatMap> {
    const signal = AbortSignal.timeout(this.timeoutMs * this.maxAttempts);
    const request = operatorGateway.seatMap(query, signal);

    let lastError: unknown;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      try {
        const map = await request;
        return map;
      } catch (err) {
        lastError = err;
        if (!isRetryable(err)) break;
        await sleep(400 * (attempt + 1));
      }
    }
    throw new Error(`seat map unavailable for ${query.route} ${query.departure}`, { cause: lastError });
  }

  async freeSeats(query: SailingQuery): Promise<string[]> {
    const map = await this.fetchSeatMap(query);
    return map.deck.flatMap((row) => row.seats.filter((s) => !s.taken).map((s) => s.code));
  }

  async canBoardVehicle(query: SailingQuery): Promise<boolean> {
    const map = await this.fetchSeatMap(query);
    return map.vehicleLanesFree > 0;
  }
}
