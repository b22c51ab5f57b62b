// expect: none
// The scan passes its signal to the file stream and readline, and its catch rethrows aborts; only parse and missing-file errors are turned into per-file results.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface HuskEvent {
  station: number;
  at: string;
  kind: 'husked' | 'cracked' | 'jam' | 'blade-change';
  nutWeightGrams?: number;
}

export interface LogSummary {
  path: string;
  husked: number;
  cracked: number;
  jams: number;
  bladeChanges: number;
  malformed: number;
  error?: string;
}

function parseLine(line: string): HuskEvent | null {
  const [station, at, kind, weight] = line.split('\t');
  if (!station || !at || !kind) return null;
  if (!['husked', 'cracked', 'jam', 'blade-change'].includes(kind)) return null;
  return {
    station: Number(station),
    at,
    kind: kind as HuskEvent['kind'],
    nutWeightGrams: weight ? Number(weight) : undefined,
  };
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function scanHuskLog(path: string, signal: AbortSignal): Promise<LogSummary> {
  const summary: LogSummary = { path, husked: 0, cracked: 0, jams: 0, bladeChanges: 0, malformed: 0 };
  const input = createReadStream(path, { encoding: 'utf8', signal });
  const lines = createInterface({ input, crlfDelay: Infinity, signal });

  try {
    for await (const line of lines) {
      if (line.startsWith('#') || line.trim() === '') continue;
      const event = parseLine(line);
      if (!event) {
        summary.malformed += 1;
        continue;
      }
      if (event.kind === 'husked') summary.husked += 1;
      else if (event.kind === 'cracked') summary.cracked += 1;
      else if (event.kind === 'jam') summary.jams += 1;
      else summary.bladeChanges += 1;
    }
    signal.throwIfAborted();
  } catch (err) {
    if (isAbort(err) || signal.aborted) throw err;
    summary.error = err instanceof Error ? err.message : String(err);
  } finally {
    lines.close();
    input.destroy();
  }
  return summary;
}

export async function scanShiftLogs(paths: readonly string[], signal: AbortSignal): Promise<LogSummary[]> {
  const results: LogSummary[] = [];
  for (const path of paths) {
    signal.throwIfAborted();
    results.push(await scanHuskLog(path, signal));
  }
  return results;
}

export function crackRate(summaries: readonly LogSummary[]): number {
  const husked = summaries.reduce((n, s) => n + s.husked, 0);
  const cracked = summaries.reduce((n, s) => n + s.cracked, 0);
  return husked + cracked === 0 ? 0 : cracked / (husked + cracked);
}
