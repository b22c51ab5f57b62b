// expect: none
// The fallback to cached wait times only applies to real fetch failures: the catch rethrows as soon as the caller's signal is aborted, so cancellation still propagates as an AbortError.
export interface RideWait {
  ride: string;
  minutes: number;
  status: 'open' | 'closed' | 'delayed';
}

export interface WaitBoard {
  fetchedAt: number;
  stale: boolean;
  rides: RideWait[];
}

export interface BoardCache {
  get(park: string): WaitBoard | undefined;
  set(park: string, board: WaitBoard): void;
}

function parseBoard(payload: unknown): RideWait[] {
  if (!Array.isArray(payload)) throw new Error('wait board payload is not an array');
  return payload.map((item: { name?: unknown; wait?: unknown; state?: unknown }) => ({
    ride: String(item.name),
    minutes: typeof item.wait === 'number' ? item.wait : 0,
    status: item.state === 'down' ? 'closed' : item.state === 'delay' ? 'delayed' : 'open',
  }));
}

export class WaitBoardClient {
  constructor(
    private readonly baseUrl: string,
    private readonly cache: BoardCache,
    private readonly timeoutMs = 3_000,
  ) {}

  async board(park: string, signal: AbortSignal): Promise<WaitBoard> {
    const requestSignal = AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]);
    try {
      const res = await fetch(`${this.baseUrl}/parks/${encodeURIComponent(park)}/waits`, { signal: requestSignal });
      if (!res.ok) throw new Error(`wait board HTTP ${res.status}`);
      const board: WaitBoard = { fetchedAt: Date.now(), stale: false, rides: parseBoard(await res.json()) };
      this.cache.set(park, board);
      return board;
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      const cached = this.cache.get(park);
      if (!cached) throw err;
      return { ...cached, stale: true };
    }
  }

  async shortestWaits(park: string, signal: AbortSignal, limit = 5): Promise<RideWait[]> {
    const { rides } = await this.board(park, signal);
    return rides
      .filter((ride) => ride.status === 'open')
      .sort((a, b) => a.minutes - b.minutes)
      .slice(0, limit);
  }
}

export function renderBoard(board: WaitBoard): string {
  const header = board.stale ? 'Wait times (may be out of date)' : 'Wait times';
  const rows = board.rides.map((r) => `${r.ride.padEnd(22)} ${r.status === 'open' ? `${r.minutes} min` : r.status}`);
  return [header, ...rows].join('\n');
}
