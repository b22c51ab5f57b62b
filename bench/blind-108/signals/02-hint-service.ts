// expect: no-swallowed-abort
// bestMoveHint turns an AbortError into a null result, so when a player closes the tab mid-analysis the caller treats it as "engine found no hint" and caches that negative answer for every other player on the same puzzle.
import http from 'node:http';

export interface EngineLine {
  move: string;
  scoreCp: number;
  depth: number;
}

export interface Engine {
  analyse(fen: string, opts: { depth: number; signal?: AbortSignal }): Promise<EngineLine[]>;
}

export interface Hint {
  puzzleId: string;
  piece: string;
  from: string;
}

export class HintService {
  private readonly cache = new Map<string, Hint | null>();

  constructor(private readonly engine: Engine, private readonly depth = 18) {}

  async bestMoveHint(puzzleId: string, fen: string, signal: AbortSignal): Promise<Hint | null> {
    if (this.cache.has(puzzleId)) return this.cache.get(puzzleId) ?? null;

    let lines: EngineLine[];
    try {
      lines = await this.engine.analyse(fen, { depth: this.depth, signal });
    } catch (err) {
      if ((err as Error).name === 'AbortError') return null;
      throw err;
    }

    const best = lines.sort((a, b) => b.scoreCp - a.scoreCp)[0];
    const hint = best ? { puzzleId, piece: pieceOn(fen, best.move.slice(0, 2)), from: best.move.slice(0, 2) } : null;
    this.cache.set(puzzleId, hint);
    return hint;
  }

  handle(req: http.IncomingMessage, res: http.ServerResponse, puzzleId: string, fen: string): void {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    this.bestMoveHint(puzzleId, fen, controller.signal).then(
      (hint) => {
        if (hint === null) this.cache.set(puzzleId, null);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ hint }));
      },
      (err: unknown) => {
        console.error('hint failed', err);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  }
}

function pieceOn(fen: string, square: string): string {
  const ranks = fen.split(' ')[0].split('/');
  const file = square.charCodeAt(0) - 97;
  const rank = 8 - Number(square[1]);
  let col = 0;
  for (const ch of ranks[rank] ?? '') {
    if (/\d/.test(ch)) col += Number(ch);
    else if (col++ === file) return ch;
  }
  return '?';
}
