// expect: none
// The counters and the skipped list are written by the parser's 'data' and 'skip' listeners but only read after await pipeline(...) has resolved, by which point every chunk has been processed, so they hold the final totals.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform, Writable, type TransformCallback } from 'node:stream';

export interface EndScore {
  gameId: string;
  end: number;
  team: 'red' | 'yellow';
  stones: number;
}

export interface ImportSummary {
  ends: number;
  games: number;
  blankEnds: number;
  skipped: string[];
}

class ScoreLineParser extends Transform {
  private tail = '';

  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const lines = (this.tail + chunk.toString('utf8')).split('\n');
    this.tail = lines.pop() ?? '';
    for (const line of lines) this.parseLine(line);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.tail) this.parseLine(this.tail);
    done();
  }

  private parseLine(line: string): void {
    const [gameId, end, team, stones] = line.trim().split(';');
    const n = Number(stones);
    if (!gameId || (team !== 'red' && team !== 'yellow') || !Number.isInteger(n) || n < 0 || n > 8) {
      if (line.trim()) this.emit('skip', line);
      return;
    }
    this.push({ gameId, end: Number(end), team, stones: n } satisfies EndScore);
  }
}

export async function importScores(file: string, store: (score: EndScore) => void): Promise<ImportSummary> {
  const parser = new ScoreLineParser();
  const games = new Set<string>();
  const skipped: string[] = [];
  let ends = 0;
  let blankEnds = 0;

  parser.on('data', (score: EndScore) => {
    ends += 1;
    games.add(score.gameId);
    if (score.stones === 0) blankEnds += 1;
  });
  parser.on('skip', (line: string) => skipped.push(line));

  const sink = new Writable({
    objectMode: true,
    write(score: EndScore, _enc, done) {
      store(score);
      done();
    },
  });

  await pipeline(createReadStream(file), parser, sink);

  return { ends, games: games.size, blankEnds, skipped };
}
