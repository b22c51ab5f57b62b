import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

const decl = `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
declare function save(value: string): Promise<void>;
`;

typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // `subscriber.error` hands the failure on (not a logger), so the abort reaches someone.
    `${decl}declare const subscriber: { error(reason: unknown): void };
function f(signal: AbortSignal) { return load('a', { signal }).catch(subscriber.error); }`,
    // rethrows: unconditionally, after cleanup or logging, on an abort test
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { console.error(error); throw error; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; return null; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if ((error as Error).name !== 'AbortError') { console.error(error); return null; } throw error; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (signal.aborted) throw error; return null; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch { signal.throwIfAborted(); return null; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch { if (signal.aborted) return null; return 'fallback'; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (error instanceof DOMException && error.code === DOMException.ABORT_ERR) throw error; throw new Error('load failed', { cause: error }); } }`,
    // helpers whose name or body shows the check
    `${decl}declare function isAbortError(error: unknown): boolean;
async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (isAbortError(error)) throw error; return null; } }`,
    `${decl}function isCancellation(error: unknown) { return error instanceof Error && error.name === 'AbortError'; }
async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (isCancellation(error)) throw error; return null; } }`,
    `${decl}declare function rethrowIfAborted(error: unknown): void;
async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { rethrowIfAborted(error); return null; } }`,
    `${decl}function fail(error: unknown): never { throw error; }
async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { fail(error); } }`,
    `${decl}function shouldRetry(error: unknown, signal: AbortSignal) { return !signal.aborted && error instanceof TypeError; }
async function f(signal: AbortSignal) { for (;;) { try { return await load('a', { signal }); } catch (error) { if (!shouldRetry(error, signal)) throw error; await save('retry'); } } }`,
    // finally only; a catch around work that is not signal-aware
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } finally { await save('done'); } }`,
    `${decl}async function f(signal: AbortSignal) { try { await save('a'); } catch { return null; } return load('a', { signal }); }`,
    `${decl}async function f() { try { return await load('a'); } catch { return null; } }`,
    // a timeout the function set itself: falling back on it is a decision, not a swallowed cancellation
    `${decl}async function f() { try { return await load('a', { signal: AbortSignal.timeout(1000) }); } catch { return null; } }`,
    `${decl}async function f() { const controller = new AbortController(); const timer = setTimeout(() => controller.abort(), 1000); try { return await load('a', { signal: controller.signal }); } catch { return null; } finally { clearTimeout(timer); } }`,
    // the same self-imposed timeout on a `.catch` that logs and returns a fallback: a deliberate fallback, not reported
    `declare function fetchJson(url: string, init?: { signal?: AbortSignal }): Promise<unknown>;
declare const logger: { error(message: string, error: unknown): void };
export function loadConfig(url: string, timeoutMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  return fetchJson(url, { signal: controller.signal })
    .catch((err) => {
      logger.error('config fetch failed', err);
      return undefined;
    })
    .finally(() => clearTimeout(timer));
}`,
    `declare function fetchJson(url: string, init?: { signal?: AbortSignal }): Promise<unknown>;
export async function loadConfig(url: string, timeoutMs: number) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), timeoutMs);
  return fetchJson(url, { signal: controller.signal }).catch((err) => { console.error(err); return undefined; });
}`,
    // a returned promise is not caught by the try
    `${decl}function f(signal: AbortSignal) { try { return load('a', { signal }); } catch { return null; } }`,
    // promise handlers
    `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { if (error.name === 'AbortError') throw error; return null; }); }`,
    `${decl}function f(signal: AbortSignal) { return load('a', { signal }).then((value) => value.length, (error) => Promise.reject(error)); }`,
    `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { throw new Error('failed', { cause: error }); }); }`,
    `${decl}declare function handle(error: unknown): null; function f(signal: AbortSignal) { return load('a', { signal }).catch(handle); }`,
    `${decl}function f() { return load('a').catch(() => null); }`,
    // returning or breaking on an abort test ends the work on purpose
    `${decl}async function f(signal: AbortSignal) { try { await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') return; await save(String(error)); } await save('done'); }`,
    `${decl}async function f(signal: AbortSignal) { for (;;) { try { await load('a', { signal }); } catch (error) { if (signal.aborted) break; await save(String(error)); } } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (!(error instanceof Error) || error.name !== 'AbortError') return null; throw error; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (error instanceof TypeError) return null; throw error; } }`,
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'TimeoutError') return null; throw error; } }`,
    // the failure goes back to the caller as a value, or to whoever waits
    `${decl}async function f(signal: AbortSignal) { try { return { ok: true as const, value: await load('a', { signal }) }; } catch (error) { return { ok: false as const, error }; } }`,
    `${decl}declare function err<E>(error: E): { error: E }; function f(signal: AbortSignal) { return load('a', { signal }).catch((error: unknown) => err(error)); }`,
    `${decl}declare function next(error?: unknown): void; async function f(signal: AbortSignal) { try { await load('a', { signal }); } catch (error) { next(error); } }`,
    `import { EventEmitter } from 'node:events';
${decl}class Job extends EventEmitter { async run(signal: AbortSignal) { try { await load('a', { signal }); } catch (error) { this.emit('error', error); } } }`,
    // the handler's own nested try or loop that can throw is trusted
    `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal }); } catch (error) { try { await save(String(error)); } catch { /* best effort */ } throw error; } }`,
    `${decl}async function f(signal: AbortSignal) { try { await load('a', { signal }); } catch (error) { switch ((error as Error).name) { case 'AbortError': throw error; default: console.error(error); } } }`,
    // a signal that is not handed to the work in the try
    `${decl}async function f(signal: AbortSignal) { signal.addEventListener('abort', () => {}); try { await save('a'); } catch { return null; } return 1; }`,
    // the error handed on to a receiver the rule does not know: a parent process, a failure handler (also from a callback)
    `${decl}declare function serialize(error: unknown): object;
declare const child: { send(message: object): Promise<void> };
export async function runJob(signal: AbortSignal) {
  try {
    await load('job', { signal });
  } catch (err) {
    await child.send({ cmd: 'failed', value: serialize(err) });
  }
}`,
    `${decl}declare function markFailed(error: Error, id: string): Promise<void>;
declare function withRetry<T>(run: () => Promise<T>): Promise<T>;
export async function process(id: string, signal: AbortSignal) {
  try {
    return await load(id, { signal });
  } catch (err) {
    const failed = await withRetry(() => markFailed(err as Error, id));
    return failed;
  }
}`,
    `${decl}declare function markFailed(error: unknown, id: string): Promise<null>;
export async function process(id: string, signal: AbortSignal) {
  try { return await load(id, { signal }); } catch (err) { return markFailed(err, id); }
}`,
    // `.error(…)` on anything but a logger is no logging call (isLoggingCall): an observer's `error` hands the failure on
    `${decl}declare const subscriber: { error(error: unknown): void };
export async function watch(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { subscriber.error(err); }
  await save('done');
}`,
    // an explicit abort check (here by its message) that returns quietly and rethrows everything else
    `${decl}export async function settle(signal: AbortSignal) {
  try {
    await load('a', { signal });
  } catch (error: unknown) {
    if (error instanceof Error && error.message === 'This operation was aborted.') {
      return;
    }
    throw error;
  }
}`,
    `${decl}export async function settle(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (e) { if ((e as Error).name === 'AbortError') return; throw e; }
}`,
    // a handler on a chain nobody waits for: an abort cannot pass for a success
    `${decl}export function fireAndForget(signal: AbortSignal) {
  load('a', { signal }).catch(() => {});
  void load('b', { signal }).catch(console.error);
}`,
    `${decl}export function startAll(ids: string[], signal: AbortSignal) {
  for (const id of ids) load(id, { signal }).catch(() => {});
}`,
    // await of a promise created with the signal, and a rethrow through Promise.reject
    `${decl}async function f(signal: AbortSignal) { const job = load('a', { signal }); try { return await job; } catch (error) { return Promise.reject(error); } }`,
    // real-code shapes: an effect that ends once aborted, errors handed to reject, listeners registered with the signal
    `declare function setData(v: unknown): void;
declare function setError(e: unknown): void;
export function effect(url: string) {
  const controller = new AbortController();
  (async () => {
    try {
      const response = await fetch(url, { signal: controller.signal });
      setData(await response.json());
    } catch (error) {
      if (!controller.signal.aborted) setError(error);
    }
  })();
  return () => controller.abort();
}`,
    `declare function setError(e: unknown): void;
export function effect(url: string) {
  const controller = new AbortController();
  fetch(url, { signal: controller.signal }).then((r) => r.json()).catch((error) => { if (error.name !== 'AbortError') setError(error); });
  return () => controller.abort();
}`,
    `export function read(signal: AbortSignal) {
  return new Promise<string>(async (resolve, reject) => {
    try { resolve(await (await fetch('/a', { signal })).text()); } catch (error) { reject(error); }
  });
}`,
    `export async function f(el: HTMLElement, signal: AbortSignal) {
  try { el.addEventListener('click', () => {}, { signal }); await Promise.resolve(); } catch { return null; }
  return 1;
}`,
  ],
  invalid: [
    // handing the error to a logger is not handing it on
    {
      code: `${decl}declare const logger: { error(message: string, error: unknown): void };
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { logger.error('load failed', err); }
  await save('done');
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}declare const logger: { error(message: string, error: unknown): void };
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { signal.throwIfAborted(); logger.error('load failed', err); }
  await save('done');
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}declare const logger: { error(message: string, error: unknown): void };
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { if (err instanceof Error && err.name === 'AbortError') throw err; logger.error('load failed', err); }
  await save('done');
}`,
            },
          ],
        },
      ],
    },
    // a logging-level method logs whatever its receiver (`ui.warn`, `this.log`, `core.info`), and so does a function
    // named as a logger (`logError`): neither hands the error on (isLoggingCall)
    {
      code: `${decl}declare const ui: { warn(message: string, error: unknown): void };
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { ui.warn('load failed', err); }
  await save('done');
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}declare const ui: { warn(message: string, error: unknown): void };
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { signal.throwIfAborted(); ui.warn('load failed', err); }
  await save('done');
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}declare const ui: { warn(message: string, error: unknown): void };
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { if (err instanceof Error && err.name === 'AbortError') throw err; ui.warn('load failed', err); }
  await save('done');
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}declare function logError(error: unknown): void;
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { logError(err); }
  await save('done');
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}declare function logError(error: unknown): void;
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { signal.throwIfAborted(); logError(err); }
  await save('done');
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}declare function logError(error: unknown): void;
export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { if (err instanceof Error && err.name === 'AbortError') throw err; logError(err); }
  await save('done');
}`,
            },
          ],
        },
      ],
    },
    // nor is passing only its text on
    {
      code: `${decl}export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { await save(String(err)); }
  return 'ok';
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { signal.throwIfAborted(); await save(String(err)); }
  return 'ok';
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (err) { if (err instanceof Error && err.name === 'AbortError') throw err; await save(String(err)); }
  return 'ok';
}`,
            },
          ],
        },
      ],
    },
    // a message check that is not about aborts does not pick them out
    {
      code: `${decl}export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (e) { if ((e as Error).message === 'not found') return; throw e; }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (e) { signal.throwIfAborted(); if ((e as Error).message === 'not found') return; throw e; }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function f(signal: AbortSignal) {
  try { await load('a', { signal }); } catch (e) { if (e instanceof Error && e.name === 'AbortError') throw e; if ((e as Error).message === 'not found') return; throw e; }
}`,
            },
          ],
        },
      ],
    },
    // awaited, the swallowing chain is waited for; a loop that waits on it goes round again
    {
      code: `${decl}export async function f(ids: string[], signal: AbortSignal) {
  for (const id of ids) await load(id, { signal }).catch(() => {});
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 4,
          column: 52,
          endLine: 4,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function f(ids: string[], signal: AbortSignal) {
  for (const id of ids) await load(id, { signal }).catch(() => { signal.throwIfAborted(); });
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function f(ids: string[], signal: AbortSignal) {
  for (const id of ids) await load(id, { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; });
}`,
            },
          ],
        },
      ],
    },
    // kept for later, not waited for in the loop: an abort is swallowed, but the loop does not retry
    {
      code: `${decl}export async function f(ids: string[], signal: AbortSignal) {
  const all: Promise<string | undefined>[] = [];
  for (const id of ids) {
    const one = load(id, { signal }).catch(() => undefined);
    all.push(one);
  }
  return Promise.all(all);
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 38,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function f(ids: string[], signal: AbortSignal) {
  const all: Promise<string | undefined>[] = [];
  for (const id of ids) {
    const one = load(id, { signal }).catch(() => { signal.throwIfAborted(); return undefined; });
    all.push(one);
  }
  return Promise.all(all);
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function f(ids: string[], signal: AbortSignal) {
  const all: Promise<string | undefined>[] = [];
  for (const id of ids) {
    const one = load(id, { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return undefined; });
    all.push(one);
  }
  return Promise.all(all);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) {
  try {
    return await load('a', { signal });
  } catch {
    return null;
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) {
  try {
    return await load('a', { signal });
  } catch {
    signal.throwIfAborted();
    return null;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) {
  try {
    return await load('a', { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    return null;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(ids: string[], signal?: AbortSignal) {
  for (const id of ids) {
    try {
      await load(id, { signal });
    } catch (error) {
      console.error(error);
    }
  }
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
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(ids: string[], signal?: AbortSignal) {
  for (const id of ids) {
    try {
      await load(id, { signal });
    } catch (error) {
      signal?.throwIfAborted();
      console.error(error);
    }
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(ids: string[], signal?: AbortSignal) {
  for (const id of ids) {
    try {
      await load(id, { signal });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      console.error(error);
    }
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f({ signal }: { signal: AbortSignal }) {
  while (true) {
    try { return await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') { console.log('aborted'); } continue; }
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 5,
          column: 49,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f({ signal }: { signal: AbortSignal }) {
  while (true) {
    try { return await load('a', { signal }); } catch (error) { signal.throwIfAborted(); if (error instanceof Error && error.name === 'AbortError') { console.log('aborted'); } continue; }
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f({ signal }: { signal: AbortSignal }) {
  while (true) {
    try { return await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; if (error instanceof Error && error.name === 'AbortError') { console.log('aborted'); } continue; }
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch(() => null); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch(() => { signal.throwIfAborted(); return null; }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return null; }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch(console.error); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch((error: unknown) => { signal.throwIfAborted(); console.error(error); }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch((error: unknown) => { if (error instanceof Error && error.name === 'AbortError') throw error; console.error(error); }); }`,
            },
          ],
        },
      ],
    },
    // Any logging function counts as a handler that logs and resolves (the shared logging predicate), not only `console`'s.
    {
      code: `${decl}declare const logger: { error(...args: unknown[]): void };
function f(signal: AbortSignal) { return load('a', { signal }).catch(logger.error); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}declare const logger: { error(...args: unknown[]): void };
function f(signal: AbortSignal) { return load('a', { signal }).catch((error: unknown) => { signal.throwIfAborted(); logger.error(error); }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}declare const logger: { error(...args: unknown[]): void };
function f(signal: AbortSignal) { return load('a', { signal }).catch((error: unknown) => { if (error instanceof Error && error.name === 'AbortError') throw error; logger.error(error); }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).then(String, function () { return ''; }); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).then(String, function () { signal.throwIfAborted(); return ''; }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).then(String, function (error) { if (error instanceof Error && error.name === 'AbortError') throw error; return ''; }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}class Poller { controller = new AbortController(); async run() { for (;;) { try { await load('a', { signal: this.controller.signal }); } catch (e) { if (e instanceof TypeError) throw e; } } } }`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 3,
          column: 138,
          endLine: 3,
          endColumn: 143,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'this.controller.signal' },
              output: `${decl}class Poller { controller = new AbortController(); async run() { for (;;) { try { await load('a', { signal: this.controller.signal }); } catch (e) { this.controller.signal.throwIfAborted(); if (e instanceof TypeError) throw e; } } } }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}class Poller { controller = new AbortController(); async run() { for (;;) { try { await load('a', { signal: this.controller.signal }); } catch (e) { if (e instanceof Error && e.name === 'AbortError') throw e; if (e instanceof TypeError) throw e; } } } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) { const job = load('a', { signal }); try { return await job; } catch (e) { return String(e); } }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 102,
          endLine: 3,
          endColumn: 107,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) { const job = load('a', { signal }); try { return await job; } catch (e) { signal.throwIfAborted(); return String(e); } }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) { const job = load('a', { signal }); try { return await job; } catch (e) { if (e instanceof Error && e.name === 'AbortError') throw e; return String(e); } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal: AbortSignal.any([signal, AbortSignal.timeout(100)]) }); } catch (e) { if ((e as Error).name === 'TimeoutError') return null; return 'x'; } }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 138,
          endLine: 3,
          endColumn: 143,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal: AbortSignal.any([signal, AbortSignal.timeout(100)]) }); } catch (e) { signal.throwIfAborted(); if ((e as Error).name === 'TimeoutError') return null; return 'x'; } }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) { try { return await load('a', { signal: AbortSignal.any([signal, AbortSignal.timeout(100)]) }); } catch (e) { if (e instanceof Error && e.name === 'AbortError') throw e; if ((e as Error).name === 'TimeoutError') return null; return 'x'; } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) { try { await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name !== 'AbortError') console.error(error); } await save('done'); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 78,
          endLine: 3,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) { try { await load('a', { signal }); } catch (error) { signal.throwIfAborted(); if (error instanceof Error && error.name !== 'AbortError') console.error(error); } await save('done'); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) { try { await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; if (error instanceof Error && error.name !== 'AbortError') console.error(error); } await save('done'); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal, catchAll: boolean) { try { await load('a', { signal }); } catch (error) { if (catchAll) return; throw error; } }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 97,
          endLine: 3,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal, catchAll: boolean) { try { await load('a', { signal }); } catch (error) { signal.throwIfAborted(); if (catchAll) return; throw error; } }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal, catchAll: boolean) { try { await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; if (catchAll) return; throw error; } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try { return await load('a', { signal }); } catch (error) { if (attempt === 2) throw error; }
  }
  return null;
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 5,
          column: 49,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try { return await load('a', { signal }); } catch (error) { signal.throwIfAborted(); if (attempt === 2) throw error; }
  }
  return null;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try { return await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; if (attempt === 2) throw error; }
  }
  return null;
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function* f(signal: AbortSignal) { try { yield await load('a', { signal }); } catch ({ message }) { yield String(message); } }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 85,
          endLine: 3,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function* f(signal: AbortSignal) { try { yield await load('a', { signal }); } catch ({ message }) { signal.throwIfAborted(); yield String(message); } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => error instanceof Error ? error.message : ''); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { signal.throwIfAborted(); return error instanceof Error ? error.message : ''; }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return error instanceof Error ? error.message : ''; }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) { try { await Promise.all(['a', 'b'].map((id) => load(id, { signal }))); } catch (error) { console.warn(error); } }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 114,
          endLine: 3,
          endColumn: 119,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) { try { await Promise.all(['a', 'b'].map((id) => load(id, { signal }))); } catch (error) { signal.throwIfAborted(); console.warn(error); } }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) { try { await Promise.all(['a', 'b'].map((id) => load(id, { signal }))); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; console.warn(error); } }`,
            },
          ],
        },
      ],
    },

    {
      code: `declare function log(e: unknown): void;
export async function sync(signal: AbortSignal) {
  try {
    await fetch('/a', { signal });
  } catch (error) {
    if (!signal.aborted) log(error);
  }
  await fetch('/b', { signal });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function log(e: unknown): void;
export async function sync(signal: AbortSignal) {
  try {
    await fetch('/a', { signal });
  } catch (error) {
    signal.throwIfAborted();
    if (!signal.aborted) log(error);
  }
  await fetch('/b', { signal });
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function log(e: unknown): void;
export async function sync(signal: AbortSignal) {
  try {
    await fetch('/a', { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    if (!signal.aborted) log(error);
  }
  await fetch('/b', { signal });
}`,
            },
          ],
        },
      ],
    },

    {
      code: `${decl}async function f(signal: AbortSignal) { const data = await load('a', { signal }).catch((error) => { if (error.name !== 'AbortError') console.error(error); }); return data; }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 82,
          endLine: 3,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) { const data = await load('a', { signal }).catch((error) => { signal.throwIfAborted(); if (error.name !== 'AbortError') console.error(error); }); return data; }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) { const data = await load('a', { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; if (error.name !== 'AbortError') console.error(error); }); return data; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { try { await load(id, { signal }); } catch { break; } } await save('done'); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 116,
          endLine: 3,
          endColumn: 121,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { try { await load(id, { signal }); } catch { signal.throwIfAborted(); break; } } await save('done'); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { try { await load(id, { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; break; } } await save('done'); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(signal: AbortSignal) {
  try {
    await load('a', { signal });
  } catch (error) {
    if (!signal.aborted) console.error(error);
  }
  await save('done');
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(signal: AbortSignal) {
  try {
    await load('a', { signal });
  } catch (error) {
    signal.throwIfAborted();
    if (!signal.aborted) console.error(error);
  }
  await save('done');
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(signal: AbortSignal) {
  try {
    await load('a', { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    if (!signal.aborted) console.error(error);
  }
  await save('done');
}`,
            },
          ],
        },
      ],
    },

    {
      code: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch(async () => ({ value: '' })); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch(async () => { signal.throwIfAborted(); return ({ value: '' }); }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}function f(signal: AbortSignal) { return load('a', { signal }).catch(async (error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return ({ value: '' }); }); }`,
            },
          ],
        },
      ],
    },

    {
      code: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { try { await load(id, { signal }); } catch { return false; } } return true; }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 116,
          endLine: 3,
          endColumn: 121,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { try { await load(id, { signal }); } catch { signal.throwIfAborted(); return false; } } return true; }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { try { await load(id, { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; return false; } } return true; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { await load(id, { signal }).catch(() => ''); } }`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 3,
          column: 107,
          endLine: 3,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { await load(id, { signal }).catch(() => { signal.throwIfAborted(); return ''; }); } }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}async function f(ids: string[], signal: AbortSignal) { for (const id of ids) { await load(id, { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return ''; }); } }`,
            },
          ],
        },
      ],
    },

    // look-alike: the controller is also aborted when the caller aborts, so the fallback swallows a cancellation
    {
      code: `declare function fetchJson(url: string, init?: { signal?: AbortSignal }): Promise<unknown>;
export function loadConfig(url: string, timeoutMs: number, signal: AbortSignal) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), timeoutMs);
  signal.addEventListener('abort', () => controller.abort());
  return fetchJson(url, { signal: controller.signal }).catch((err) => { console.error(err); return undefined; });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 56,
          endLine: 6,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'controller.signal' },
              output: `declare function fetchJson(url: string, init?: { signal?: AbortSignal }): Promise<unknown>;
export function loadConfig(url: string, timeoutMs: number, signal: AbortSignal) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), timeoutMs);
  signal.addEventListener('abort', () => controller.abort());
  return fetchJson(url, { signal: controller.signal }).catch((err) => { controller.signal.throwIfAborted(); console.error(err); return undefined; });
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function fetchJson(url: string, init?: { signal?: AbortSignal }): Promise<unknown>;
export function loadConfig(url: string, timeoutMs: number, signal: AbortSignal) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), timeoutMs);
  signal.addEventListener('abort', () => controller.abort());
  return fetchJson(url, { signal: controller.signal }).catch((err) => { if (err instanceof Error && err.name === 'AbortError') throw err; console.error(err); return undefined; });
}`,
            },
          ],
        },
      ],
    },
  ],
});
