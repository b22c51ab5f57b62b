import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A back-off awaited in a `catch` before the retry waits while the signal is live: a
// `node:timers/promises` timer there needs the signal as much as anywhere else.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // the back-off gets the signal
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function fetchPage(cursor: string | null, signal?: AbortSignal): Promise<{ next: string | null }>;
export async function sync(signal?: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fetchPage(null, signal);
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      await sleep(500 * attempt, undefined, { signal });
    }
  }
}`,
    // cleanup in a `catch` may run after an abort: not a back-off, no signal asked for
    `declare function fetchPage(cursor: string | null, signal?: AbortSignal): Promise<{ next: string | null }>;
declare function releaseLease(id: string, options?: { signal?: AbortSignal }): Promise<void>;
export async function sync(id: string, signal?: AbortSignal): Promise<void> {
  try {
    await fetchPage(null, signal);
  } catch (err) {
    await releaseLease(id);
    throw err;
  }
}`,
  ],
  invalid: [
    // the retry's back-off ignores the signal destructured from the options
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare function fetchPage(cursor: string | null, signal?: AbortSignal): Promise<{ next: string | null }>;
export async function sync(opts: { signal?: AbortSignal; retries?: number } = {}): Promise<void> {
  const { signal, retries = 3 } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      await fetchPage(null, signal);
      return;
    } catch (err) {
      if (attempt >= retries) throw err;
      await sleep(500 * attempt);
    }
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'opts.signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function fetchPage(cursor: string | null, signal?: AbortSignal): Promise<{ next: string | null }>;
export async function sync(opts: { signal?: AbortSignal; retries?: number } = {}): Promise<void> {
  const { signal, retries = 3 } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      await fetchPage(null, signal);
      return;
    } catch (err) {
      if (attempt >= retries) throw err;
      await sleep(500 * attempt, undefined, { signal: opts.signal });
    }
  }
}`,
            },
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function fetchPage(cursor: string | null, signal?: AbortSignal): Promise<{ next: string | null }>;
export async function sync(opts: { signal?: AbortSignal; retries?: number } = {}): Promise<void> {
  const { signal, retries = 3 } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      await fetchPage(null, signal);
      return;
    } catch (err) {
      if (attempt >= retries) throw err;
      await sleep(500 * attempt, undefined, { signal });
    }
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
