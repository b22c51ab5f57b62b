// expect: no-multiple-settle
// The gunzip callback rejects on error but has no return, so it falls through to out.toString() on an undefined buffer and throws a TypeError inside the zlib callback, crashing the puzzle server instead of just failing the load.
import { gunzip } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Puzzle {
  id: string;
  fen: string;
  solution: string[];
  rating: number;
  themes: string[];
}

export class PuzzlePackError extends Error {
  constructor(readonly pack: string, cause: unknown) {
    super(`puzzle pack ${pack} is unreadable`, { cause });
    this.name = 'PuzzlePackError';
  }
}

function parsePuzzleLine(line: string): Puzzle | null {
  const cols = line.split(',');
  if (cols.length < 5) return null;
  const [id, fen, moves, rating, themes] = cols;
  const parsedRating = Number.parseInt(rating, 10);
  if (!Number.isFinite(parsedRating)) return null;
  return {
    id,
    fen,
    solution: moves.split(' ').filter(Boolean),
    rating: parsedRating,
    themes: themes.split(' ').filter(Boolean),
  };
}

function inflatePack(pack: string, compressed: Buffer): Promise<Puzzle[]> {
  return new Promise<Puzzle[]>((resolve, reject) => {
    gunzip(compressed, (err, out) => {
      if (err) {
        reject(new PuzzlePackError(pack, err));
      }
      const puzzles: Puzzle[] = [];
      for (const line of out.toString('utf8').split('\n')) {
        if (line.startsWith('PuzzleId')) continue;
        const puzzle = parsePuzzleLine(line.trim());
        if (puzzle) puzzles.push(puzzle);
      }
      resolve(puzzles);
    });
  });
}

export class PuzzlePackLoader {
  private readonly cache = new Map<string, Puzzle[]>();

  constructor(private readonly packDir: string) {}

  async load(pack: string): Promise<Puzzle[]> {
    const cached = this.cache.get(pack);
    if (cached) return cached;
    const file = path.join(this.packDir, `${pack}.csv.gz`);
    const compressed = await readFile(file);
    const puzzles = await inflatePack(pack, compressed);
    this.cache.set(pack, puzzles);
    return puzzles;
  }

  async pickByRating(pack: string, min: number, max: number): Promise<Puzzle | undefined> {
    const puzzles = await this.load(pack);
    const eligible = puzzles.filter((p) => p.rating >= min && p.rating <= max);
    if (eligible.length === 0) return undefined;
    return eligible[Math.floor(Math.random() * eligible.length)];
  }
}
