// expect: none
// Correct: the only AbortError ignored is the one raised by this class's own controller when stop() ends the loop; an abort from the caller's signal is rethrown.
import { EventEmitter, on } from 'node:events';

interface ClockTick {
  board: number;
  whiteMs: number;
  blackMs: number;
  toMove: 'white' | 'black';
  moveNo: number;
}

interface FlagFall {
  board: number;
  loser: 'white' | 'black';
  moveNo: number;
}

declare const clockHub: EventEmitter;
declare const broadcast: { push(board: number, payload: string, opts: { signal: AbortSignal }): Promise<void> };

function fmt(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class TournamentFeed {
  private readonly controller = new AbortController();
  private stopping = false;
  readonly flags: FlagFall[] = [];

  constructor(private readonly outer?: AbortSignal) {}

  async run(): Promise<number> {
    const signal = this.outer ? AbortSignal.any([this.outer, this.controller.signal]) : this.controller.signal;
    let forwarded = 0;
    try {
      for await (const [tick] of on(clockHub, 'tick', { signal }) as AsyncIterableIterator<[ClockTick]>) {
        if (tick.whiteMs <= 0 || tick.blackMs <= 0) {
          this.flags.push({ board: tick.board, loser: tick.whiteMs <= 0 ? 'white' : 'black', moveNo: tick.moveNo });
        }
        await broadcast.push(
          tick.board,
          `${fmt(tick.whiteMs)} | ${fmt(tick.blackMs)} (${tick.toMove} to move, move ${tick.moveNo})`,
          { signal },
        );
        forwarded += 1;
      }
    } catch (err) {
      const ownStop = this.stopping && !this.outer?.aborted;
      if (ownStop && err instanceof Error && err.name === 'AbortError') return forwarded;
      throw err;
    }
    return forwarded;
  }

  stop(): void {
    this.stopping = true;
    this.controller.abort();
  }
}

export async function runRound(durationMs: number, signal?: AbortSignal): Promise<{ ticks: number; flags: FlagFall[] }> {
  const feed = new TournamentFeed(signal);
  const timer = setTimeout(() => feed.stop(), durationMs);
  try {
    const ticks = await feed.run();
    return { ticks, flags: feed.flags };
  } finally {
    clearTimeout(timer);
  }
}
