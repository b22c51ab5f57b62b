import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// Streams handed to `pipeline(…)` with options whose type carries a `signal` (the rest of the
// caller's options) are destroyed by that signal: they need none of their own.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    `import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
export interface CompressOptions {
  level?: number;
  signal?: AbortSignal;
}
export async function compress(from: string, to: string, options: CompressOptions = {}): Promise<void> {
  const { level = 6, ...pipelineOptions } = options;
  await pipeline(createReadStream(from), createGzip({ level }), createWriteStream(to), pipelineOptions);
}`,
  ],
  invalid: [
    // the rest of the options has no signal, and the one in hand reaches nothing
    {
      code: `import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
export interface CompressOptions {
  level?: number;
  end?: boolean;
}
export async function compress(from: string, to: string, signal: AbortSignal, options: CompressOptions = {}): Promise<void> {
  const { level = 6, ...pipelineOptions } = options;
  await pipeline(createReadStream(from), createGzip({ level }), createWriteStream(to), pipelineOptions);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
export interface CompressOptions {
  level?: number;
  end?: boolean;
}
export async function compress(from: string, to: string, signal: AbortSignal, options: CompressOptions = {}): Promise<void> {
  const { level = 6, ...pipelineOptions } = options;
  await pipeline(createReadStream(from), createGzip({ level }), createWriteStream(to), { ...pipelineOptions, signal });
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 10,
          column: 18,
          endLine: 10,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
export interface CompressOptions {
  level?: number;
  end?: boolean;
}
export async function compress(from: string, to: string, signal: AbortSignal, options: CompressOptions = {}): Promise<void> {
  const { level = 6, ...pipelineOptions } = options;
  await pipeline(createReadStream(from, { signal }), createGzip({ level }), createWriteStream(to), pipelineOptions);
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 10,
          column: 65,
          endLine: 10,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
export interface CompressOptions {
  level?: number;
  end?: boolean;
}
export async function compress(from: string, to: string, signal: AbortSignal, options: CompressOptions = {}): Promise<void> {
  const { level = 6, ...pipelineOptions } = options;
  await pipeline(createReadStream(from), createGzip({ level }), createWriteStream(to, { signal }), pipelineOptions);
}`,
            },
          ],
        },
      ],
    },
  ],
});
