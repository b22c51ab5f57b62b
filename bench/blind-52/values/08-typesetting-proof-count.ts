// expect: none
// Counters and the read error written in readline/stream callbacks are read only after awaiting rl 'close' and the pipeline.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';

export interface ProofStats {
  galleys: number;
  lines: number;
  widows: number;
  longestLine: number;
  corrections: number;
}

const MEASURE_CHARS = 62;
const GALLEY_MARK = /^==\s*galley\s+(\d+)\s*==$/i;
const CORRECTION_MARK = /\[\[(del|ins|trs):[^\]]*\]\]/g;

export async function countProof(file: string): Promise<ProofStats> {
  const stats: ProofStats = { galleys: 0, lines: 0, widows: 0, longestLine: 0, corrections: 0 };
  let previousLength = 0;

  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  rl.on('line', (line) => {
    if (GALLEY_MARK.test(line)) {
      stats.galleys++;
      previousLength = 0;
      return;
    }
    const text = line.replace(CORRECTION_MARK, (m) => {
      stats.corrections++;
      return m.startsWith('[[del') ? '' : m.slice(6, -2);
    });
    stats.lines++;
    stats.longestLine = Math.max(stats.longestLine, text.length);
    if (text.trim() === '' && previousLength > 0 && previousLength < MEASURE_CHARS / 4) {
      stats.widows++;
    }
    previousLength = text.length;
  });

  let readError: Error | undefined;
  input.on('error', (err) => {
    readError = err;
    rl.close();
  });

  await once(rl, 'close');
  if (readError) {
    throw readError;
  }
  return stats;
}

export async function writeOverset(file: string, outFile: string): Promise<number> {
  let overset = 0;
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });

  await pipeline(
    rl,
    async function* markOverset(lines: AsyncIterable<string>) {
      for await (const line of lines) {
        if (line.length > MEASURE_CHARS) {
          overset++;
          yield `${line.slice(0, MEASURE_CHARS)}|${line.slice(MEASURE_CHARS)}\n`;
        }
      }
    },
    createWriteStream(outFile, { encoding: 'utf8' }),
  );
  return overset;
}

export function needsResetting(stats: ProofStats): boolean {
  return stats.widows > stats.galleys * 2 || stats.longestLine > MEASURE_CHARS + 4;
}
