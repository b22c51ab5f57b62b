import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// A generic retry helper whose `try` runs the callback it was handed guards signal-aware work when
// a caller in the file hands it a function that passes a signal from outside (the caller's): its
// handler decides what an abort becomes. Callers without a signal, a callback passing the helper's
// own per-attempt signal, a helper that takes the signal itself, or one that rethrows aborts, are fine.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // No caller hands the helper work that takes a signal.
    `import { setTimeout as sleep } from 'node:timers/promises';
async function withRetries<T>(task: () => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      last = error;
      await sleep(250 * attempt);
    }
  }
  throw new Error(\`gave up after \${attempts} attempts\`, { cause: last });
}
// No caller hands it work that takes a signal: there is no abort to lose.
export function publish(url: string, body: string): Promise<Response> {
  return withRetries(() => fetch(url, { method: 'POST', body }));
}`,
    // The helper rethrows an `AbortError` before its back-off.
    `import { setTimeout as sleep } from 'node:timers/promises';
async function withRetries<T>(task: () => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      last = error;
      await sleep(250 * attempt);
    }
  }
  throw new Error(\`gave up after \${attempts} attempts\`, { cause: last });
}
export function publish(url: string, body: string, signal: AbortSignal): Promise<Response> {
  return withRetries(() => fetch(url, { method: 'POST', body, signal }));
}`,
    // The callback passes on the helper's own per-attempt signal.
    `async function withAttemptTimeout<T>(task: (signal: AbortSignal) => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 2_000);
    try {
      return await task(controller.signal);
    } catch (error) {
      last = error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('no answer', { cause: last });
}
// The callback passes on the helper's own per-attempt signal: a timeout the helper sets and retries.
export function position(url: string): Promise<Response> {
  return withAttemptTimeout((signal) => fetch(url, { signal }));
}`,
    // The helper takes the signal itself and checks it each round.
    `import { setTimeout as sleep } from 'node:timers/promises';
async function withBackoff<T>(task: () => Promise<T>, options: { attempts: number; signal?: AbortSignal }): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await task();
    } catch (error) {
      last = error;
      await sleep(100 * 2 ** attempt, undefined, { signal: options.signal });
    }
  }
  throw last;
}
// The helper takes the signal itself: its back-off rejects on the abort, and each round checks it first.
export function elements(url: string, signal: AbortSignal): Promise<Response> {
  return withBackoff(() => fetch(url, { signal }), { attempts: 4, signal });
}`,
  ],
  invalid: [
    // The helper retries an aborted fetch and ends with a generic error.
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
async function withRetries<T>(task: () => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      last = error;
      await sleep(250 * attempt);
    }
  }
  throw new Error(\`gave up after \${attempts} attempts\`, { cause: last });
}
export function publish(url: string, body: string, signal: AbortSignal): Promise<Response> {
  return withRetries(() => fetch(url, { method: 'POST', body, signal }));
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestRethrowAbort',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
async function withRetries<T>(task: () => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      last = error;
      await sleep(250 * attempt);
    }
  }
  throw new Error(\`gave up after \${attempts} attempts\`, { cause: last });
}
export function publish(url: string, body: string, signal: AbortSignal): Promise<Response> {
  return withRetries(() => fetch(url, { method: 'POST', body, signal }));
}`,
            },
          ],
        },
      ],
    },
  ],
});
