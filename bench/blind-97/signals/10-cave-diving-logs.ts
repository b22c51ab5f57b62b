// expect: none
// The export passes the caller's signal to the file read stream, to readline's input and to pipeline itself, so aborting an export tears down every stage instead of leaving a stream reading the logbook.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

export interface CaveDive {
  date: string;
  cave: string;
  maxDepthM: number;
  runtimeMin: number;
  lineLaidM: number;
  team: string[];
}

export interface ExportOptions {
  signal: AbortSignal;
  since?: string;
  minDepthM?: number;
}

function parseRow(line: string): CaveDive | null {
  if (!line || line.startsWith('#')) return null;
  const [date, cave, depth, runtime, line_, team] = line.split(';');
  if (!date || !cave) return null;
  return {
    date,
    cave,
    maxDepthM: Number(depth),
    runtimeMin: Number(runtime),
    lineLaidM: Number(line_),
    team: team ? team.split(',').map((s) => s.trim()) : [],
  };
}

async function* selectDives(logbookPath: string, opts: ExportOptions): AsyncGenerator<string> {
  const input = createReadStream(logbookPath, { encoding: 'utf8', signal: opts.signal });
  const rl = createInterface({ input, crlfDelay: Infinity, signal: opts.signal });
  try {
    for await (const line of rl) {
      const dive = parseRow(line);
      if (!dive) continue;
      if (opts.since && dive.date < opts.since) continue;
      if (dive.maxDepthM < (opts.minDepthM ?? 0)) continue;
      yield JSON.stringify(dive) + '\n';
    }
  } finally {
    rl.close();
    input.destroy();
  }
}

export async function exportLogbook(logbookPath: string, outPath: string, opts: ExportOptions): Promise<void> {
  await pipeline(
    Readable.from(selectDives(logbookPath, opts)),
    createGzip(),
    createWriteStream(outPath),
    { signal: opts.signal },
  );
}

export async function exportDeepDives(logbookPath: string, outDir: string, signal: AbortSignal): Promise<string[]> {
  const written: string[] = [];
  for (const threshold of [30, 60, 90]) {
    const out = `${outDir}/dives-over-${threshold}m.ndjson.gz`;
    await exportLogbook(logbookPath, out, { signal, minDepthM: threshold });
    written.push(out);
  }
  return written;
}
