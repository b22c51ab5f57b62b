// expect: no-multiple-settle
// The executor resolves on the read stream's 'end' but never listens for 'error', so a missing or unreadable log file never reaches reject and the promise never settles.
import { createReadStream } from 'node:fs';

export interface LogStats {
  lines: number;
  errors: number;
  bytes: number;
}

function countLine(stats: LogStats, line: string): void {
  stats.lines += 1;
  if (line.includes(' ERROR ') || line.includes(' FATAL ')) stats.errors += 1;
}

export function scanLogFile(path: string): Promise<LogStats> {
  return new Promise<LogStats>((resolve) => {
    const stats: LogStats = { lines: 0, errors: 0, bytes: 0 };
    let tail = '';
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });

    stream.on('data', (chunk: string | Buffer) => {
      const text = tail + chunk.toString();
      const parts = text.split('\n');
      tail = parts.pop() ?? '';
      stats.bytes += Buffer.byteLength(chunk);
      for (const line of parts) countLine(stats, line);
    });

    stream.on('end', () => {
      if (tail.length > 0) countLine(stats, tail);
      resolve(stats);
    });
  });
}

export async function scanAll(paths: string[]): Promise<Map<string, LogStats>> {
  const result = new Map<string, LogStats>();
  for (const p of paths) {
    result.set(p, await scanLogFile(p));
  }
  return result;
}
