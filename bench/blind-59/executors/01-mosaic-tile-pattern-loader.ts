// expect: no-multiple-settle
// loadPattern's readFile callback rejects on a read error but does not return, so it falls through and settles again.
import { readFile } from 'node:fs';
import { basename } from 'node:path';

export type TileShape = 'square' | 'triangle' | 'hex' | 'rhombus';

export interface TileCut {
  row: number;
  col: number;
  shape: TileShape;
  angleDeg: number;
}

export interface CutPattern {
  name: string;
  tileSizeMm: number;
  cuts: TileCut[];
}

declare const cutterBus: {
  send(command: string, payload: Record<string, unknown>): Promise<{ ok: boolean; jobId: string }>;
};
declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
  timing(name: string, ms: number): void;
};

const SHAPES: ReadonlySet<string> = new Set(['square', 'triangle', 'hex', 'rhombus']);
const MAX_TILE_MM = 120;

function parsePattern(raw: string, source: string): CutPattern {
  const doc = JSON.parse(raw) as Partial<CutPattern>;
  if (typeof doc.name !== 'string' || typeof doc.tileSizeMm !== 'number' || !Array.isArray(doc.cuts)) {
    throw new Error(`pattern ${source} is missing name, tileSizeMm or cuts`);
  }
  if (doc.tileSizeMm <= 0 || doc.tileSizeMm > MAX_TILE_MM) {
    throw new RangeError(`pattern ${source}: tile size ${doc.tileSizeMm}mm out of range`);
  }
  for (const cut of doc.cuts) {
    if (!SHAPES.has(cut.shape)) {
      throw new Error(`pattern ${source}: unknown shape "${cut.shape}" at ${cut.row},${cut.col}`);
    }
    cut.angleDeg = ((cut.angleDeg % 360) + 360) % 360;
  }
  return doc as CutPattern;
}

export function loadPattern(path: string): Promise<CutPattern> {
  const source = basename(path);
  return new Promise<CutPattern>((resolve, reject) => {
    readFile(path, 'utf8', (err, raw) => {
      if (err) {
        metrics.increment('mosaic.pattern.read_error', { source });
        reject(err);
      }
      try {
        resolve(parsePattern(raw, source));
      } catch (parseErr) {
        metrics.increment('mosaic.pattern.parse_error', { source });
        reject(parseErr);
      }
    });
  });
}

export class TileCutterQueue {
  private readonly submitted = new Map<string, string>();

  constructor(private readonly cutterId: string) {}

  async submit(patternPath: string): Promise<string> {
    const started = Date.now();
    const pattern = await loadPattern(patternPath);
    const ordered = [...pattern.cuts].sort((a, b) => a.row - b.row || a.col - b.col);

    const reply = await cutterBus.send('cut.batch', {
      cutter: this.cutterId,
      pattern: pattern.name,
      tileSizeMm: pattern.tileSizeMm,
      cuts: ordered,
    });
    if (!reply.ok) {
      throw new Error(`cutter ${this.cutterId} refused pattern ${pattern.name}`);
    }

    this.submitted.set(pattern.name, reply.jobId);
    metrics.timing('mosaic.pattern.submit_ms', Date.now() - started);
    return reply.jobId;
  }

  jobFor(patternName: string): string | undefined {
    return this.submitted.get(patternName);
  }
}
