// Retry loops whose handler keeps the abort going (a back-off that waits on the aborted signal, the stored error
// thrown after the loop), and predicates of the file read for what they return on an abort.
import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // a back-off's swallowed abort followed by `continue` in `while (!signal.aborted)`: the loop's test sees the abort next, and the function throws with the reason as cause
    `import { setTimeout as sleep } from 'node:timers/promises';
declare const hydrometer: { read(tank: string, signal: AbortSignal): Promise<number> };
export async function waitForGravity(tank: string, opts: { intervalMs: number; signal: AbortSignal }): Promise<number> {
  while (!opts.signal.aborted) {
    let sample: number;
    try {
      sample = await hydrometer.read(tank, opts.signal);
    } catch (err) {
      if (opts.signal.aborted) break;
      console.warn('sensor error', err);
      await sleep(opts.intervalMs, undefined, { signal: opts.signal }).catch(() => undefined);
      continue;
    }
    if (sample < 1.01) return sample;
    await sleep(opts.intervalMs, undefined, { signal: opts.signal });
  }
  throw new Error(\`monitoring of \${tank} was cancelled\`, { cause: opts.signal.reason });
}`,
    // each turn starts with `signal.throwIfAborted()`, and the loop ends in a `throw`: an abort leaves either way
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function upload(path: string, signal: AbortSignal): Promise<string>;
export async function uploadWithRetry(path: string, attempts: number, signal: AbortSignal): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal.throwIfAborted();
    try {
      return await upload(path, signal);
    } catch (error) {
      lastError = error;
      if (attempt < attempts) await sleep(1000 * attempt, undefined, { signal });
    }
  }
  throw new Error(\`upload of \${path} failed\`, { cause: lastError });
}`,
    // the back-off waits on the same signal: once it has aborted the wait rejects at once, and the abort leaves the loop
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
export async function deliver(body: string, signal: AbortSignal): Promise<number> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      last = error;
      await sleep(250 * 2 ** attempt, undefined, { signal });
    }
  }
  throw last;
}`,
    // a break, then the stored error is thrown after the loop; the other way round goes through a signal-aware back-off
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
declare function isTransient(error: unknown): boolean;
export async function deliver(body: string, signal: AbortSignal): Promise<number> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      last = error;
      if (!isTransient(error)) break;
      await sleep(250 * 2 ** attempt, undefined, { signal });
    }
  }
  console.warn('giving up');
  throw last;
}`,
    // a handler chain that ends in a finally as a statement: nothing waits for it, and the promise itself is what is returned
    `declare function addCommand(name: string, options: { abortSignal?: AbortSignal }): Promise<string>;
export function queueAll(controllers: AbortController[], settled: boolean[]) {
  return controllers.map((controller, i) => {
    const promise = addCommand(\`CMD\${i}\`, { abortSignal: controller.signal });
    promise.catch(() => {}).finally(() => { settled[i] = true; });
    return promise;
  });
}`,
    // the predicate matches only TimeoutError: the caller's abort is rethrown
    `declare function upsert(id: string, signal: AbortSignal): Promise<string>;
function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}
export async function sync(id: string, signal: AbortSignal): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await upsert(id, AbortSignal.any([signal, AbortSignal.timeout(8_000)]));
    } catch (error) {
      if (!isTimeout(error)) throw error;
      console.warn(\`attempt \${attempt} timed out\`);
    }
  }
  throw new Error(\`sync \${id} timed out\`);
}`,
  ],
  invalid: [
    {
      // the same `continue`, but the loop counts attempts and never checks the signal: it retries after the abort
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare const hydrometer: { read(tank: string, signal: AbortSignal): Promise<number> };
export async function waitForGravity(tank: string, opts: { intervalMs: number; signal: AbortSignal }): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    let sample: number;
    try {
      sample = await hydrometer.read(tank, opts.signal);
    } catch (err) {
      console.warn('sensor error', err);
      await sleep(opts.intervalMs, undefined, { signal: opts.signal }).catch(() => undefined);
      continue;
    }
    if (sample < 1.01) return sample;
  }
  return 0;
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 10,
          column: 72,
          endLine: 10,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'opts.signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare const hydrometer: { read(tank: string, signal: AbortSignal): Promise<number> };
export async function waitForGravity(tank: string, opts: { intervalMs: number; signal: AbortSignal }): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    let sample: number;
    try {
      sample = await hydrometer.read(tank, opts.signal);
    } catch (err) {
      console.warn('sensor error', err);
      await sleep(opts.intervalMs, undefined, { signal: opts.signal }).catch(() => { opts.signal.throwIfAborted(); return undefined; });
      continue;
    }
    if (sample < 1.01) return sample;
  }
  return 0;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare const hydrometer: { read(tank: string, signal: AbortSignal): Promise<number> };
export async function waitForGravity(tank: string, opts: { intervalMs: number; signal: AbortSignal }): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    let sample: number;
    try {
      sample = await hydrometer.read(tank, opts.signal);
    } catch (err) {
      console.warn('sensor error', err);
      await sleep(opts.intervalMs, undefined, { signal: opts.signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return undefined; });
      continue;
    }
    if (sample < 1.01) return sample;
  }
  return 0;
}`,
            },
          ],
        },
      ],
    },
    // the same guard, but the loop ends in `return null`: an abort on the last attempt looks like nothing found
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare function upload(path: string, signal: AbortSignal): Promise<string>;
export async function uploadWithRetry(path: string, attempts: number, signal: AbortSignal): Promise<string | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal.throwIfAborted();
    try {
      return await upload(path, signal);
    } catch {
      if (attempt < attempts) await sleep(1000 * attempt, undefined, { signal });
    }
  }
  return null;
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function upload(path: string, signal: AbortSignal): Promise<string>;
export async function uploadWithRetry(path: string, attempts: number, signal: AbortSignal): Promise<string | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal.throwIfAborted();
    try {
      return await upload(path, signal);
    } catch {
      signal.throwIfAborted();
      if (attempt < attempts) await sleep(1000 * attempt, undefined, { signal });
    }
  }
  return null;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function upload(path: string, signal: AbortSignal): Promise<string>;
export async function uploadWithRetry(path: string, attempts: number, signal: AbortSignal): Promise<string | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal.throwIfAborted();
    try {
      return await upload(path, signal);
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      if (attempt < attempts) await sleep(1000 * attempt, undefined, { signal });
    }
  }
  return null;
}`,
            },
          ],
        },
      ],
    },
    // the back-off cannot be cut short (it takes no signal): the aborted loop goes round and sends again
    {
      code: `declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
declare function pause(ms: number): Promise<void>;
export async function deliver(body: string, signal: AbortSignal): Promise<number> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      last = error;
      await pause(250 * 2 ** attempt);
    }
  }
  throw last;
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
declare function pause(ms: number): Promise<void>;
export async function deliver(body: string, signal: AbortSignal): Promise<number> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      signal.throwIfAborted();
      last = error;
      await pause(250 * 2 ** attempt);
    }
  }
  throw last;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
declare function pause(ms: number): Promise<void>;
export async function deliver(body: string, signal: AbortSignal): Promise<number> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      last = error;
      await pause(250 * 2 ** attempt);
    }
  }
  throw last;
}`,
            },
          ],
        },
      ],
    },
    // the stored error is logged after the loop, and the function returns: the abort ends as undefined
    {
      code: `declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
declare function isTransient(error: unknown): boolean;
export async function deliver(body: string, signal: AbortSignal): Promise<number | undefined> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      last = error;
      if (!isTransient(error)) break;
    }
  }
  console.warn('giving up', last);
  return undefined;
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
declare function isTransient(error: unknown): boolean;
export async function deliver(body: string, signal: AbortSignal): Promise<number | undefined> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      signal.throwIfAborted();
      last = error;
      if (!isTransient(error)) break;
    }
  }
  console.warn('giving up', last);
  return undefined;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function send(body: string, options: { signal?: AbortSignal }): Promise<number>;
declare function isTransient(error: unknown): boolean;
export async function deliver(body: string, signal: AbortSignal): Promise<number | undefined> {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await send(body, { signal });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      last = error;
      if (!isTransient(error)) break;
    }
  }
  console.warn('giving up', last);
  return undefined;
}`,
            },
          ],
        },
      ],
    },
    // an awaited chain with a finally: the loop waits for the handler's result and goes on after the abort (options call the signal abortSignal)
    {
      code: `declare function addCommand(name: string, options: { abortSignal?: AbortSignal }): Promise<string>;
export async function runAll(names: string[], signal: AbortSignal, done: () => void) {
  for (const name of names) {
    await addCommand(name, { abortSignal: signal }).catch(() => {}).finally(done);
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 4,
          column: 53,
          endLine: 4,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function addCommand(name: string, options: { abortSignal?: AbortSignal }): Promise<string>;
export async function runAll(names: string[], signal: AbortSignal, done: () => void) {
  for (const name of names) {
    await addCommand(name, { abortSignal: signal }).catch(() => { signal.throwIfAborted(); }).finally(done);
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function addCommand(name: string, options: { abortSignal?: AbortSignal }): Promise<string>;
export async function runAll(names: string[], signal: AbortSignal, done: () => void) {
  for (const name of names) {
    await addCommand(name, { abortSignal: signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; }).finally(done);
  }
}`,
            },
          ],
        },
      ],
    },
    // a predicate of the file that also matches AbortError: the caller's abort is taken for a timeout and retried
    {
      code: `declare function upsert(id: string, signal: AbortSignal): Promise<string>;
function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
export async function sync(id: string, signal: AbortSignal): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await upsert(id, AbortSignal.any([signal, AbortSignal.timeout(8_000)]));
    } catch (error) {
      if (!isTimeout(error)) throw error;
      console.warn(\`attempt \${attempt} timed out\`);
    }
  }
  throw new Error(\`sync \${id} timed out\`);
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function upsert(id: string, signal: AbortSignal): Promise<string>;
function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
export async function sync(id: string, signal: AbortSignal): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await upsert(id, AbortSignal.any([signal, AbortSignal.timeout(8_000)]));
    } catch (error) {
      signal.throwIfAborted();
      if (!isTimeout(error)) throw error;
      console.warn(\`attempt \${attempt} timed out\`);
    }
  }
  throw new Error(\`sync \${id} timed out\`);
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function upsert(id: string, signal: AbortSignal): Promise<string>;
function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
export async function sync(id: string, signal: AbortSignal): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await upsert(id, AbortSignal.any([signal, AbortSignal.timeout(8_000)]));
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      if (!isTimeout(error)) throw error;
      console.warn(\`attempt \${attempt} timed out\`);
    }
  }
  throw new Error(\`sync \${id} timed out\`);
}`,
            },
          ],
        },
      ],
    },
  ],
});
