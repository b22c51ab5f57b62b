// expect: none
// stream.pipeline expects a transform function here and drives the async generator itself, and the pipeline promise is awaited.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

interface LogLine {
  level: string;
  msg: string;
  ts: string;
}

async function* onlyErrors(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of source) {
    const lines = (carry + chunk.toString('utf8')).split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) {
      if (!line) continue;
      const entry = JSON.parse(line) as LogLine;
      if (entry.level === 'error') yield `${entry.ts} ${entry.msg}\n`;
    }
  }
}

export async function extractErrors(gzPath: string, outPath: string): Promise<void> {
  await pipeline(createReadStream(gzPath), createGunzip(), onlyErrors, createWriteStream(outPath));
}
