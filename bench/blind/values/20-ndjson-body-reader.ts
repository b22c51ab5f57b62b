// expect: none
// `raw` is built by 'data' listeners but only read after awaiting the promise that resolves on 'end', so the body is complete.

import type { Readable } from 'node:stream';

export interface LogEvent {
  level: string;
  msg: string;
}

export async function readNdjson(stream: Readable): Promise<LogEvent[]> {
  let raw = '';
  stream.setEncoding('utf8');

  await new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: string) => {
      raw += chunk;
    });
    stream.once('end', resolve);
    stream.once('error', reject);
  });

  return raw
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as LogEvent);
}
