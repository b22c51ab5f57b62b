// expect: none
// unitsPerEm, the outlines map and streamError are written in stream callbacks but only read after awaiting the readline 'close' event, by which time every callback has run.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface Outline {
  glyph: string;
  advance: number;
  contours: Array<Array<[number, number]>>;
}

export interface OutlineFile {
  unitsPerEm: number;
  outlines: Map<string, Outline>;
}

export async function parseOutlines(path: string): Promise<OutlineFile> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const outlines = new Map<string, Outline>();
  let unitsPerEm = 1000;
  let current: Outline | null = null;
  let streamError: Error | undefined;

  input.on('error', (err) => {
    streamError = err;
    rl.close();
  });

  rl.on('line', (line) => {
    const [cmd, ...args] = line.trim().split(/\s+/);
    switch (cmd) {
      case 'UNITS':
        unitsPerEm = Number(args[0]);
        break;
      case 'GLYPH':
        current = { glyph: args[0], advance: Number(args[1]), contours: [] };
        outlines.set(args[0], current);
        break;
      case 'CONTOUR':
        current?.contours.push([]);
        break;
      case 'PT':
        current?.contours.at(-1)?.push([Number(args[0]), Number(args[1])]);
        break;
      case 'END':
        current = null;
        break;
    }
  });

  await once(rl, 'close');
  if (streamError) throw streamError;
  if (!Number.isFinite(unitsPerEm) || unitsPerEm <= 0) throw new Error(`${path}: bad UNITS value`);
  return { unitsPerEm, outlines };
}

export function scaleTo(file: OutlineFile, targetUpm: number): OutlineFile {
  const k = targetUpm / file.unitsPerEm;
  const outlines = new Map<string, Outline>();
  for (const [name, o] of file.outlines) {
    outlines.set(name, {
      glyph: name,
      advance: Math.round(o.advance * k),
      contours: o.contours.map((c) => c.map(([x, y]) => [Math.round(x * k), Math.round(y * k)] as [number, number])),
    });
  }
  return { unitsPerEm: targetUpm, outlines };
}
