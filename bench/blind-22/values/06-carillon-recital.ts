// expect: none
// The strike counters are written by the 'strike' listener and only read after `await once(player, 'finished')`, i.e. after the piece has played out.
import { EventEmitter, once } from 'node:events';

export interface Strike {
  bell: string;
  velocity: number;
  at: number;
}

export interface Piece {
  title: string;
  composer: string;
  score: Strike[];
}

export interface PerformanceSummary {
  title: string;
  strikes: number;
  loudest?: Strike;
  bellsUsed: string[];
  durationMs: number;
}

export class ClavierPlayer extends EventEmitter {
  private timers: NodeJS.Timeout[] = [];

  play(piece: Piece): void {
    const last = piece.score.reduce((max, s) => Math.max(max, s.at), 0);
    for (const strike of piece.score) {
      this.timers.push(setTimeout(() => this.emit('strike', strike), strike.at));
    }
    this.timers.push(setTimeout(() => this.emit('finished', piece.title), last + 1500));
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.emit('finished', null);
  }
}

export async function performPiece(player: ClavierPlayer, piece: Piece, signal?: AbortSignal): Promise<PerformanceSummary> {
  let strikes = 0;
  let loudest: Strike | undefined;
  const bells = new Set<string>();
  const startedAt = Date.now();

  const onStrike = (s: Strike) => {
    strikes += 1;
    bells.add(s.bell);
    if (!loudest || s.velocity > loudest.velocity) loudest = s;
  };
  const onAbort = () => player.stop();

  player.on('strike', onStrike);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    player.play(piece);
    await once(player, 'finished');
  } finally {
    player.off('strike', onStrike);
    signal?.removeEventListener('abort', onAbort);
  }

  return {
    title: piece.title,
    strikes,
    loudest,
    bellsUsed: [...bells].sort(),
    durationMs: Date.now() - startedAt,
  };
}

export async function performRecital(player: ClavierPlayer, programme: Piece[]): Promise<PerformanceSummary[]> {
  const summaries: PerformanceSummary[] = [];
  for (const piece of programme) {
    const summary = await performPiece(player, piece);
    console.log(`${piece.composer} - ${piece.title}: ${summary.strikes} strikes on ${summary.bellsUsed.length} bells`);
    summaries.push(summary);
  }
  return summaries;
}
