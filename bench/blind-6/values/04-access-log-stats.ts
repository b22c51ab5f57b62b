// expect: none
// The counters are filled by 'line' events but only read after `await once(rl, 'close')`, by which point every line of the log has been processed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface AccessStats {
  total: number;
  byStatus: Map<number, number>;
  slowest: { path: string; ms: number } | null;
  malformed: number;
}

const LINE = /^\S+ \S+ \S+ \[[^\]]+\] "(\w+) (\S+) [^"]*" (\d{3}) \d+ (\d+)ms$/;

export async function summarizeAccessLog(file: string): Promise<AccessStats> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let total = 0;
  let malformed = 0;
  let slowest: AccessStats['slowest'] = null;
  const byStatus = new Map<number, number>();

  rl.on('line', (line) => {
    const m = LINE.exec(line);
    if (!m) {
      malformed++;
      return;
    }
    total++;
    const status = Number(m[3]);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const ms = Number(m[4]);
    if (!slowest || ms > slowest.ms) slowest = { path: m[2], ms };
  });

  let streamError: Error | undefined;
  input.on('error', (err) => {
    streamError = err;
    rl.close();
  });

  await once(rl, 'close');
  if (streamError) throw new Error(`failed reading ${file}: ${streamError.message}`);

  if (malformed > 0) {
    console.warn(`${file}: skipped ${malformed} malformed line(s) of ${total + malformed}`);
  }
  return { total, byStatus, slowest, malformed };
}
