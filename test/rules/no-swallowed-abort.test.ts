import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

/** A retry loop whose predicate of guarded returns classes an abort as retryable. */
const catalogueSync = `class QuotaError extends Error {}
declare function fetchPage(page: string, signal: AbortSignal): Promise<string>;
function shouldRetry(error: unknown): boolean {
  if (error instanceof QuotaError) return false;
  if (!(error instanceof Error)) return false;
  return error.name === 'AbortError' || error.message.includes('ECONNRESET');
}
export async function syncCatalogue(pages: string[], signal: AbortSignal): Promise<string[]> {
  const bodies: string[] = [];
  for (const page of pages) {
    for (let attempt = 0; ; attempt++) {
      try {
        bodies.push(await fetchPage(page, signal));
        break;
      } catch (error) {
        if (attempt === 3 || !shouldRetry(error)) throw error;
      }
    }
  }
  return bodies;
}`;

const decl = `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
declare function save(value: string): Promise<void>;
`;

typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the same handler, with the caller only logging what came back
    `declare const kiln: { fire(step: number, options: { signal: AbortSignal }): Promise<number> };
declare const ledger: { record(batch: string, temps: number[]): Promise<void> };

async function fireBatch(steps: number, signal: AbortSignal): Promise<number[]> {
  const temps: number[] = [];
  try {
    for (let step = 0; step < steps; step++) temps.push(await kiln.fire(step, { signal }));
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return temps;
    throw error;
  }
  return temps;
}

export async function runBatch(batch: string, signal: AbortSignal): Promise<void> {
  const temps = await fireBatch(12, signal);
  console.log(batch, temps.length);
}`,
    // the same handler, with the caller looking at the signal before it records
    `declare const kiln: { fire(step: number, options: { signal: AbortSignal }): Promise<number> };
declare const ledger: { record(batch: string, temps: number[]): Promise<void> };

async function fireBatch(steps: number, signal: AbortSignal): Promise<number[]> {
  const temps: number[] = [];
  try {
    for (let step = 0; step < steps; step++) temps.push(await kiln.fire(step, { signal }));
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return temps;
    throw error;
  }
  return temps;
}

export async function runBatch(batch: string, signal: AbortSignal): Promise<void> {
  const temps = await fireBatch(12, signal);
  if (signal.aborted) return;
  await ledger.record(batch, temps);
}`,
    // The abort rethrown first; only real failures fall back to the cached tags.
    `const cache = new Map<string, string[]>();
export async function loadTags(id: string, signal: AbortSignal): Promise<string[]> {
  try {
    const res = await fetch(\`https://tags.example/\${id}\`, { signal });
    const tags = (await res.json()) as string[];
    cache.set(id, tags);
    return tags;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    const cached = cache.get(id);
    if (cached) return cached;
    throw err;
  }
}`,
    // A signal from a controller made in place (new AbortController().signal): nobody holds the controller, so nothing aborts the work the test catches.
    `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare function upload(name: string, signal: AbortSignal): Promise<string>;
test('gives up after the budget', async () => {
  let message = '';
  try {
    await upload('plan.tif', new AbortController().signal);
  } catch (err) {
    message = (err as Error).message;
  }
  assert.equal(message, '503 from field server');
});`,
    // an abort test that returns nothing: the caller can tell no survey was made
    `interface Survey {
  points: number[];
  average: number;
}
declare const rig: { scan(init: { signal: AbortSignal }): AsyncIterable<number> };
function summarise(points: number[]): Survey {
  return { points, average: points.length ? points.reduce((a, b) => a + b, 0) / points.length : 0 };
}
export async function measure(signal: AbortSignal): Promise<Survey | undefined> {
  const points: number[] = [];
  try {
    for await (const point of rig.scan({ signal })) points.push(point);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') {
      return undefined;
    }
    throw error;
  }
  return summarise(points);
}`,
    // In a test, the catch keeps the abort in a local that the test asserts on afterwards.
    `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
async function poll(signal: AbortSignal): Promise<void> {
  await sleep(1000, undefined, { signal });
}
test('stops when aborted', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 10);
  let caught: unknown;
  try {
    await poll(controller.signal);
  } catch (err) {
    caught = err;
  }
  assert.equal((caught as Error).name, 'AbortError');
});`,
    // fallback: every error but `QuotaExceeded` (a class extending Error, never an abort) is rethrown first
    `class QuotaExceeded extends Error {}
declare function fetchForecast(region: string, signal: AbortSignal): Promise<number[]>;
declare const cache: Map<string, number[]>;
export async function forecast(region: string, signal: AbortSignal): Promise<number[]> {
  try {
    return await fetchForecast(region, signal);
  } catch (error) {
    if (!(error instanceof QuotaExceeded)) throw error;
    return cache.get(region) ?? [];
  }
}`,
    // retry: the predicate's first guard returns false for an abort, so the abort is rethrown (look-alike in invalid: it returns true)
    `class QuotaError extends Error {}
declare function fetchPage(page: string, signal: AbortSignal): Promise<string>;
function shouldRetry(error: unknown): boolean {
  if (error instanceof Error && error.name === 'AbortError') return false;
  if (error instanceof QuotaError) return false;
  if (!(error instanceof Error)) return false;
  return error.message.includes('ECONNRESET');
}
export async function syncCatalogue(pages: string[], signal: AbortSignal): Promise<string[]> {
  const bodies: string[] = [];
  for (const page of pages) {
    for (let attempt = 0; ; attempt++) {
      try {
        bodies.push(await fetchPage(page, signal));
        break;
      } catch (error) {
        if (attempt === 3 || !shouldRetry(error)) throw error;
      }
    }
  }
  return bodies;
}`,
    // a queue's tail swallows the failure only to keep the chain going: the caller gets the run itself
    `declare function runExposure(id: string, signal: AbortSignal): Promise<number>;
export class ExposureQueue {
  private tail: Promise<unknown> = Promise.resolve();
  enqueue(id: string, signal: AbortSignal): Promise<number> {
    const run = this.tail.then(() => runExposure(id, signal));
    this.tail = run.catch(() => undefined);
    return run;
  }
}`,
    // a back-off's `.catch` at the end of `while (!signal.aborted)`: the loop's test sees the abort next
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<string[]>;
export async function watch(onItems: (items: string[]) => void, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      onItems(await poll(signal));
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn('poll failed', error);
    }
    await sleep(2000, undefined, { signal }).catch(() => undefined);
  }
}`,
    // a `break` out of a loop that stops on `signal.aborted`: leaving now is what its test would do next
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<number>;
export async function watch(onValue: (value: number) => void, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    onValue(await poll(signal));
    try {
      await sleep(1000, undefined, { signal });
    } catch {
      break;
    }
  }
}`,
    // a swallowed abort of a pause in `while (!signal.aborted)`, followed by bookkeeping only: the loop test is the way out
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  let rounds = 0;
  while (!signal.aborted) {
    await tick();
    try { await sleep(1000, undefined, { signal }); } catch { /* stopping */ }
    rounds += 1;
    console.debug('round', rounds);
  }
  return rounds;
}`,
    // the same check at the top of a loop that only ever goes round (`for (;;)`, `while (true)`)
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  for (;;) {
    if (signal.aborted) break;
    await tick();
    try { await sleep(1000, undefined, { signal }); } catch {}
  }
}`,
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  let n = 0;
  while (true) {
    n++;
    signal.throwIfAborted();
    await tick();
    try { await sleep(1000, undefined, { signal }); } catch (e) { console.warn(e); }
  }
}`,
    // an abort the function causes itself: its own controller, aborted once it has enough, or when a resource it owns closes
    `declare function stream(url: string, options: { signal?: AbortSignal }): Promise<void>;
export async function firstChunks(url: string, limit: number) {
  const ac = new AbortController();
  let count = 0;
  try {
    await stream(url, { signal: ac.signal }).then(() => { count++; if (count > limit) ac.abort(); });
  } catch {
    // stopped on purpose
  }
  return count;
}`,
    `import type { IncomingMessage, ServerResponse } from 'node:http';
declare function render(options: { signal?: AbortSignal }): Promise<string>;
export async function handle(req: IncomingMessage, res: ServerResponse) {
  const ac = new AbortController();
  const onClose = () => ac.abort();
  res.on('close', onClose);
  try {
    res.end(await render({ signal: ac.signal }));
  } catch {
    res.destroy();
  }
}`,
    `declare function load(options: { signal?: AbortSignal }): Promise<string>;
export async function f(stop: { on(event: 'stop', cb: () => void): void }) {
  const ac = new AbortController();
  stop.on('stop', () => ac.abort());
  return load({ signal: ac.signal }).catch(() => null);
}`,
    // the try block handles the abort as a normal ending itself: what the catch sees is a failure of the work
    `${decl}declare function settledOrAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T | undefined>;
export async function flush(signal?: AbortSignal) {
  try {
    await settledOrAborted(save('dirty'), signal);
    if (signal?.aborted) console.warn('flush cut off part-way');
  } catch (e) {
    console.warn('flush failed', e);
  }
}`,
    // the failure is returned as a marked value (a tool result with is_error): nobody takes it for a success
    `${decl}export async function runTool(signal: AbortSignal) {
  try {
    return { content: await load('tool', { signal }) };
  } catch (error) {
    return { content: \`Error: \${String(error)}\`, is_error: true };
  }
}`,
    // the loop's own test reads the signal: going round again is where the abort stops the loop
    `${decl}export async function poll(signal: AbortSignal) {
  while (!signal.aborted) {
    try { await load('a', { signal }); } catch (error) { console.error('poll failed', error); continue; }
    await save('polled');
  }
}`,
    `${decl}class Poller { #controller = new AbortController(); async run() { while (!this.#controller.signal.aborted) { try { await load('a', { signal: this.#controller.signal }); } catch (e) { console.warn(e); } } } }`,
    // the error itself becomes the value: the caller inspects it (a test asserting the abort's reason)
    `${decl}export async function f(signal: AbortSignal) { const error = await load('a', { signal }).catch((e: unknown) => e); return error === signal.reason; }`,
    `${decl}export async function f(signal: AbortSignal) { try { await load('a', { signal }); return undefined; } catch (error) { return error; } }`,
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
    // a test mock given as the rejection handler is no logging function: it is neither reported nor replaced
    `${decl}declare const vi: { fn<T extends (...args: never[]) => unknown>(implementation: T): T };
export function f(signal: AbortSignal) {
  const onRejected = vi.fn((error: unknown) => String(error));
  return load('a', { signal }).catch(onRejected);
}`,
  ],
  invalid: [
    // the abort picked out and the temperatures gathered so far returned, the same value a finished batch returns; the caller records them as a finished batch without looking at the signal
    {
      code: `declare const kiln: { fire(step: number, options: { signal: AbortSignal }): Promise<number> };
declare const ledger: { record(batch: string, temps: number[]): Promise<void> };

async function fireBatch(steps: number, signal: AbortSignal): Promise<number[]> {
  const temps: number[] = [];
  try {
    for (let step = 0; step < steps; step++) temps.push(await kiln.fire(step, { signal }));
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return temps;
    throw error;
  }
  return temps;
}

export async function runBatch(batch: string, signal: AbortSignal): Promise<void> {
  const temps = await fireBatch(12, signal);
  await ledger.record(batch, temps);
}`,
      output: null,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `declare const kiln: { fire(step: number, options: { signal: AbortSignal }): Promise<number> };
declare const ledger: { record(batch: string, temps: number[]): Promise<void> };

async function fireBatch(steps: number, signal: AbortSignal): Promise<number[]> {
  const temps: number[] = [];
  try {
    for (let step = 0; step < steps; step++) temps.push(await kiln.fire(step, { signal }));
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof Error && error.name === 'AbortError') return temps;
    throw error;
  }
  return temps;
}

export async function runBatch(batch: string, signal: AbortSignal): Promise<void> {
  const temps = await fireBatch(12, signal);
  await ledger.record(batch, temps);
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare const kiln: { fire(step: number, options: { signal: AbortSignal }): Promise<number> };
declare const ledger: { record(batch: string, temps: number[]): Promise<void> };

async function fireBatch(steps: number, signal: AbortSignal): Promise<number[]> {
  const temps: number[] = [];
  try {
    for (let step = 0; step < steps; step++) temps.push(await kiln.fire(step, { signal }));
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    if (error instanceof Error && error.name === 'AbortError') return temps;
    throw error;
  }
  return temps;
}

export async function runBatch(batch: string, signal: AbortSignal): Promise<void> {
  const temps = await fireBatch(12, signal);
  await ledger.record(batch, temps);
}`,
            },
          ],
        },
      ],
    },
    // An abort test that returns the cached value or an empty list: the caller gets data as if the fetch had worked.
    {
      code: `const cache = new Map<string, string[]>();
export async function loadTags(id: string, signal: AbortSignal): Promise<string[]> {
  try {
    const res = await fetch(\`https://tags.example/\${id}\`, { signal });
    const tags = (await res.json()) as string[];
    cache.set(id, tags);
    return tags;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return cache.get(id) ?? [];
    throw err;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `const cache = new Map<string, string[]>();
export async function loadTags(id: string, signal: AbortSignal): Promise<string[]> {
  try {
    const res = await fetch(\`https://tags.example/\${id}\`, { signal });
    const tags = (await res.json()) as string[];
    cache.set(id, tags);
    return tags;
  } catch (err) {
    signal.throwIfAborted();
    if (err instanceof Error && err.name === 'AbortError') return cache.get(id) ?? [];
    throw err;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `const cache = new Map<string, string[]>();
export async function loadTags(id: string, signal: AbortSignal): Promise<string[]> {
  try {
    const res = await fetch(\`https://tags.example/\${id}\`, { signal });
    const tags = (await res.json()) as string[];
    cache.set(id, tags);
    return tags;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof Error && err.name === 'AbortError') return cache.get(id) ?? [];
    throw err;
  }
}`,
            },
          ],
        },
      ],
    },
    // The same catch around work given the caller's signal keeps an abort's message as the result.
    {
      code: `declare function upload(name: string, signal: AbortSignal): Promise<string>;
export async function tryUpload(name: string, signal: AbortSignal): Promise<string> {
  let message = '';
  try {
    return await upload(name, signal);
  } catch (err) {
    message = (err as Error).message;
  }
  return message;
}`,
      output: null,
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
              output: `declare function upload(name: string, signal: AbortSignal): Promise<string>;
export async function tryUpload(name: string, signal: AbortSignal): Promise<string> {
  let message = '';
  try {
    return await upload(name, signal);
  } catch (err) {
    signal.throwIfAborted();
    message = (err as Error).message;
  }
  return message;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function upload(name: string, signal: AbortSignal): Promise<string>;
export async function tryUpload(name: string, signal: AbortSignal): Promise<string> {
  let message = '';
  try {
    return await upload(name, signal);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    message = (err as Error).message;
  }
  return message;
}`,
            },
          ],
        },
      ],
    },
    // an abort test that returns a result built from an empty collection: the caller takes the cancelled scan for a finished one
    {
      code: `interface Survey {
  points: number[];
  average: number;
}
declare const rig: { scan(init: { signal: AbortSignal }): AsyncIterable<number> };
function summarise(points: number[]): Survey {
  return { points, average: points.length ? points.reduce((a, b) => a + b, 0) / points.length : 0 };
}
export async function measure(signal: AbortSignal): Promise<Survey> {
  const points: number[] = [];
  try {
    for await (const point of rig.scan({ signal })) points.push(point);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') {
      return summarise([]);
    }
    throw error;
  }
  return summarise(points);
}`,
      output: null,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Survey {
  points: number[];
  average: number;
}
declare const rig: { scan(init: { signal: AbortSignal }): AsyncIterable<number> };
function summarise(points: number[]): Survey {
  return { points, average: points.length ? points.reduce((a, b) => a + b, 0) / points.length : 0 };
}
export async function measure(signal: AbortSignal): Promise<Survey> {
  const points: number[] = [];
  try {
    for await (const point of rig.scan({ signal })) points.push(point);
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof Error && error.name === 'AbortError') {
      return summarise([]);
    }
    throw error;
  }
  return summarise(points);
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Survey {
  points: number[];
  average: number;
}
declare const rig: { scan(init: { signal: AbortSignal }): AsyncIterable<number> };
function summarise(points: number[]): Survey {
  return { points, average: points.length ? points.reduce((a, b) => a + b, 0) / points.length : 0 };
}
export async function measure(signal: AbortSignal): Promise<Survey> {
  const points: number[] = [];
  try {
    for await (const point of rig.scan({ signal })) points.push(point);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    if (error instanceof Error && error.name === 'AbortError') {
      return summarise([]);
    }
    throw error;
  }
  return summarise(points);
}`,
            },
          ],
        },
      ],
    },
    {
      // fallback: only the quota error is rethrown, so an abort falls through to the cached forecast (look-alike in valid: everything but it is rethrown)
      code: `class QuotaExceeded extends Error {}
declare function fetchForecast(region: string, signal: AbortSignal): Promise<number[]>;
declare const cache: Map<string, number[]>;
export async function forecast(region: string, signal: AbortSignal): Promise<number[]> {
  try {
    return await fetchForecast(region, signal);
  } catch (error) {
    if (error instanceof QuotaExceeded) throw error;
    return cache.get(region) ?? [];
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `class QuotaExceeded extends Error {}
declare function fetchForecast(region: string, signal: AbortSignal): Promise<number[]>;
declare const cache: Map<string, number[]>;
export async function forecast(region: string, signal: AbortSignal): Promise<number[]> {
  try {
    return await fetchForecast(region, signal);
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof QuotaExceeded) throw error;
    return cache.get(region) ?? [];
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `class QuotaExceeded extends Error {}
declare function fetchForecast(region: string, signal: AbortSignal): Promise<number[]>;
declare const cache: Map<string, number[]>;
export async function forecast(region: string, signal: AbortSignal): Promise<number[]> {
  try {
    return await fetchForecast(region, signal);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    if (error instanceof QuotaExceeded) throw error;
    return cache.get(region) ?? [];
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // retry: a predicate of guarded returns that ends in `error.name === 'AbortError'` classes the abort as retryable
      code: catalogueSync,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: catalogueSync.replace('        if (attempt === 3', '        signal.throwIfAborted();\n        if (attempt === 3'),
            },
            {
              messageId: 'suggestRethrowAbort',
              output: catalogueSync.replace(
                '        if (attempt === 3',
                "        if (error instanceof Error && error.name === 'AbortError') throw error;\n        if (attempt === 3",
              ),
            },
          ],
        },
      ],
    },
    // the swallowed tail is what the function waits for: the abort looks like a success
    {
      code: `declare function runExposure(id: string, signal: AbortSignal): Promise<number>;
export class ExposureQueue {
  private tail: Promise<unknown> = Promise.resolve();
  async enqueue(id: string, signal: AbortSignal): Promise<void> {
    const run = this.tail.then(() => runExposure(id, signal));
    this.tail = run.catch(() => undefined);
    await this.tail;
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function runExposure(id: string, signal: AbortSignal): Promise<number>;
export class ExposureQueue {
  private tail: Promise<unknown> = Promise.resolve();
  async enqueue(id: string, signal: AbortSignal): Promise<void> {
    const run = this.tail.then(() => runExposure(id, signal));
    this.tail = run.catch(() => { signal.throwIfAborted(); return undefined; });
    await this.tail;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function runExposure(id: string, signal: AbortSignal): Promise<number>;
export class ExposureQueue {
  private tail: Promise<unknown> = Promise.resolve();
  async enqueue(id: string, signal: AbortSignal): Promise<void> {
    const run = this.tail.then(() => runExposure(id, signal));
    this.tail = run.catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return undefined; });
    await this.tail;
  }
}`,
            },
          ],
        },
      ],
    },
    // the same back-off in a loop that only goes round: nothing sees the abort, and the next poll starts
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<string[]>;
export async function watch(onItems: (items: string[]) => void, signal: AbortSignal): Promise<string> {
  for (;;) {
    try {
      onItems(await poll(signal));
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn('poll failed', error);
    }
    await sleep(2000, undefined, { signal }).catch(() => undefined);
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 11,
          column: 46,
          endLine: 11,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<string[]>;
export async function watch(onItems: (items: string[]) => void, signal: AbortSignal): Promise<string> {
  for (;;) {
    try {
      onItems(await poll(signal));
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn('poll failed', error);
    }
    await sleep(2000, undefined, { signal }).catch(() => { signal.throwIfAborted(); return undefined; });
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<string[]>;
export async function watch(onItems: (items: string[]) => void, signal: AbortSignal): Promise<string> {
  for (;;) {
    try {
      onItems(await poll(signal));
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn('poll failed', error);
    }
    await sleep(2000, undefined, { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; return undefined; });
  }
}`,
            },
          ],
        },
      ],
    },
    // the same `break` out of a loop with no abort test: the function goes on as if it had finished
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<number>;
export async function watch(onValue: (value: number) => void, signal: AbortSignal): Promise<string> {
  for (;;) {
    onValue(await poll(signal));
    try {
      await sleep(1000, undefined, { signal });
    } catch {
      break;
    }
  }
  return 'finished';
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<number>;
export async function watch(onValue: (value: number) => void, signal: AbortSignal): Promise<string> {
  for (;;) {
    onValue(await poll(signal));
    try {
      await sleep(1000, undefined, { signal });
    } catch {
      signal.throwIfAborted();
      break;
    }
  }
  return 'finished';
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function poll(signal: AbortSignal): Promise<number>;
export async function watch(onValue: (value: number) => void, signal: AbortSignal): Promise<string> {
  for (;;) {
    onValue(await poll(signal));
    try {
      await sleep(1000, undefined, { signal });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      break;
    }
  }
  return 'finished';
}`,
            },
          ],
        },
      ],
    },
    // look-alike: after the swallowed abort the loop body goes on to more work before the test
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  while (!signal.aborted) {
    try { await sleep(1000, undefined, { signal }); } catch {}
    await tick();
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 5,
          column: 55,
          endLine: 5,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  while (!signal.aborted) {
    try { await sleep(1000, undefined, { signal }); } catch { signal.throwIfAborted(); }
    await tick();
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  while (!signal.aborted) {
    try { await sleep(1000, undefined, { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; }
    await tick();
  }
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the abort test at the top of the loop does not leave it
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  for (;;) {
    if (signal.aborted) console.log('aborted');
    await tick();
    try { await sleep(1000, undefined, { signal }); } catch {}
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 7,
          column: 55,
          endLine: 7,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  for (;;) {
    if (signal.aborted) console.log('aborted');
    await tick();
    try { await sleep(1000, undefined, { signal }); } catch { signal.throwIfAborted(); }
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare function tick(): Promise<void>;
export async function loop(signal: AbortSignal) {
  for (;;) {
    if (signal.aborted) console.log('aborted');
    await tick();
    try { await sleep(1000, undefined, { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; }
  }
}`,
            },
          ],
        },
      ],
    },
    // look-alike: a local controller that follows the caller's signal hands on the caller's abort
    {
      code: `declare function load(options: { signal?: AbortSignal }): Promise<string>;
export async function f(signal: AbortSignal) {
  const ac = new AbortController();
  signal.addEventListener('abort', () => ac.abort());
  try { return await load({ signal: ac.signal }); } catch { return null; }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'ac.signal' },
              output: `declare function load(options: { signal?: AbortSignal }): Promise<string>;
export async function f(signal: AbortSignal) {
  const ac = new AbortController();
  signal.addEventListener('abort', () => ac.abort());
  try { return await load({ signal: ac.signal }); } catch { ac.signal.throwIfAborted(); return null; }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function load(options: { signal?: AbortSignal }): Promise<string>;
export async function f(signal: AbortSignal) {
  const ac = new AbortController();
  signal.addEventListener('abort', () => ac.abort());
  try { return await load({ signal: ac.signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; return null; }
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the controller leaves the function (returned): its caller may abort it
    {
      code: `declare function load(options: { signal?: AbortSignal }): Promise<string>;
export function start() {
  const ac = new AbortController();
  const done = (async () => { try { return await load({ signal: ac.signal }); } catch { return null; } })();
  return { ac, done };
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 81,
          endLine: 4,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'ac.signal' },
              output: `declare function load(options: { signal?: AbortSignal }): Promise<string>;
export function start() {
  const ac = new AbortController();
  const done = (async () => { try { return await load({ signal: ac.signal }); } catch { ac.signal.throwIfAborted(); return null; } })();
  return { ac, done };
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function load(options: { signal?: AbortSignal }): Promise<string>;
export function start() {
  const ac = new AbortController();
  const done = (async () => { try { return await load({ signal: ac.signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; return null; } })();
  return { ac, done };
}`,
            },
          ],
        },
      ],
    },
    // a result marked as no failure: the abort is taken for a success
    {
      code: `${decl}export async function runTool(signal: AbortSignal) {
  try { return { content: await load('tool', { signal }) }; } catch { return { content: 'cached', is_error: false }; }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function runTool(signal: AbortSignal) {
  try { return { content: await load('tool', { signal }) }; } catch { signal.throwIfAborted(); return { content: 'cached', is_error: false }; }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function runTool(signal: AbortSignal) {
  try { return { content: await load('tool', { signal }) }; } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; return { content: 'cached', is_error: false }; }
}`,
            },
          ],
        },
      ],
    },
    // the loop tests the signal, but the handler falls through into the rest of the round first
    {
      code: `${decl}export async function poll(signal: AbortSignal) {
  while (!signal.aborted) {
    let value = 'none';
    try { value = await load('a', { signal }); } catch (error) { console.error('poll failed', error); }
    await save(value);
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 6,
          column: 50,
          endLine: 6,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function poll(signal: AbortSignal) {
  while (!signal.aborted) {
    let value = 'none';
    try { value = await load('a', { signal }); } catch (error) { signal.throwIfAborted(); console.error('poll failed', error); }
    await save(value);
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function poll(signal: AbortSignal) {
  while (!signal.aborted) {
    let value = 'none';
    try { value = await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; console.error('poll failed', error); }
    await save(value);
  }
}`,
            },
          ],
        },
      ],
    },
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

    // look-alike: the controller is also aborted when the caller aborts, so the fallback swallows a cancellation. It is
    // aborted on the function's own timer too: `controller.signal.throwIfAborted()` or a rethrow of every `'AbortError'`
    // would also rethrow the deliberate timeout, so the check reads the caller's `signal`, and no rethrow is offered
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
              data: { signal: 'signal' },
              output: `declare function fetchJson(url: string, init?: { signal?: AbortSignal }): Promise<unknown>;
export function loadConfig(url: string, timeoutMs: number, signal: AbortSignal) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), timeoutMs);
  signal.addEventListener('abort', () => controller.abort());
  return fetchJson(url, { signal: controller.signal }).catch((err) => { signal.throwIfAborted(); console.error(err); return undefined; });
}`,
            },
          ],
        },
      ],
    },
    // not offered where nobody waits for the error: an HTTP request handler (`createServer`'s listener returns `void`);
    // throwing there would crash the process on a server shutdown instead of ending the request
    {
      code: `${decl}declare const shutdown: AbortSignal;
import { createServer } from 'node:http';
export const server = createServer(async (req, res) => {
  const controller = new AbortController();
  req.on('close', () => controller.abort());
  shutdown.addEventListener('abort', () => controller.abort());
  try {
    res.end(await load('a', { signal: controller.signal }));
  } catch (error) {
    console.error(error);
    res.end();
  }
});`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    // nor in an event listener (`emitter.on`)
    {
      code: `${decl}import { EventEmitter } from 'node:events';
export function listen(emitter: EventEmitter, signal: AbortSignal) {
  emitter.on('job', async (id: string) => {
    try { await load(id, { signal }); } catch (error) { console.error(error); }
  });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 41,
          endLine: 6,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    // nor in a timer callback
    {
      code: `${decl}export function later(signal: AbortSignal) {
  setTimeout(async () => {
    try { await load('a', { signal }); } catch { await save('failed'); }
  }, 100);
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    // nor on a `.catch` chain awaited in such a listener: its rejection is the listener's
    {
      code: `${decl}import { EventEmitter } from 'node:events';
export function listen(emitter: EventEmitter, signal: AbortSignal) {
  emitter.on('job', async (id: string) => {
    const value = await load(id, { signal }).catch(() => null);
    await save(String(value));
  });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 46,
          endLine: 6,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // nor in a function passed by name to a listener registration
    {
      code: `${decl}import type { IncomingMessage, Server, ServerResponse } from 'node:http';
export function serve(server: Server, signal: AbortSignal) {
  async function onRequest(_req: IncomingMessage, res: ServerResponse) {
    try { res.end(await load('a', { signal })); } catch { res.end('failed'); }
  }
  server.on('request', onRequest);
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 51,
          endLine: 6,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    // nor in a `forEach` callback, whose promise is dropped
    {
      code: `${decl}export function all(ids: string[], signal: AbortSignal) {
  ids.forEach(async (id) => {
    try { await load(id, { signal }); } catch { await save(id); }
  });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    // nor in a function only called without waiting for it
    {
      code: `${decl}async function refresh(signal: AbortSignal) {
  try { await load('a', { signal }); } catch { await save('stale'); }
}
export function start(signal: AbortSignal) {
  refresh(signal);
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    // nor in an async `new Promise` executor, whose rejection nobody receives
    {
      code: `${decl}export function read(signal: AbortSignal) {
  return new Promise<string>(async (resolve) => {
    try { resolve(await load('a', { signal })); } catch { resolve(''); }
  });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 51,
          endLine: 5,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    // nor in an `on*` handler property
    {
      code: `${decl}export function attach(socket: { onmessage: ((event: { data: string }) => void) | null }, signal: AbortSignal) {
  socket.onmessage = async (event) => {
    try { await load(event.data, { signal }); } catch { await save(event.data); }
  };
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 49,
          endLine: 5,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    // `.catch(logError)` with a logger that returns a value: the wrapper would drop that value (the chain resolves with
    // it today), so nothing is offered rather than replacing the handler
    {
      code: `${decl}declare function logError(error: unknown): string;
export function f(signal: AbortSignal) { return load('a', { signal }).catch(logError); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 76,
          suggestions: [],
        },
      ],
    },
    // offered where the callee waits for the callback's promise (a test runner's `it(name, async () => …)`)
    {
      code: `${decl}declare function it(name: string, fn: () => void | Promise<unknown>): void;
declare const signal: AbortSignal;
it('loads', async () => {
  try { await load('a', { signal }); } catch { await save('failed'); }
});`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 40,
          endLine: 6,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}declare function it(name: string, fn: () => void | Promise<unknown>): void;
declare const signal: AbortSignal;
it('loads', async () => {
  try { await load('a', { signal }); } catch { signal.throwIfAborted(); await save('failed'); }
});`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}declare function it(name: string, fn: () => void | Promise<unknown>): void;
declare const signal: AbortSignal;
it('loads', async () => {
  try { await load('a', { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; await save('failed'); }
});`,
            },
          ],
        },
      ],
    },
    // offered in a listener when a `try` around the handler in the same function catches what it throws (the outer
    // handler, itself in the listener, gets no suggestion)
    {
      code: `${decl}import { EventEmitter } from 'node:events';
export function listen(emitter: EventEmitter, signal: AbortSignal) {
  emitter.on('job', async (ids: string[]) => {
    try {
      for (const id of ids) {
        try { await load(id, { signal }); } catch { await save(id); }
      }
    } catch (error) {
      console.error(error);
    }
  });
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 8,
          column: 45,
          endLine: 8,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}import { EventEmitter } from 'node:events';
export function listen(emitter: EventEmitter, signal: AbortSignal) {
  emitter.on('job', async (ids: string[]) => {
    try {
      for (const id of ids) {
        try { await load(id, { signal }); } catch { signal.throwIfAborted(); await save(id); }
      }
    } catch (error) {
      console.error(error);
    }
  });
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}import { EventEmitter } from 'node:events';
export function listen(emitter: EventEmitter, signal: AbortSignal) {
  emitter.on('job', async (ids: string[]) => {
    try {
      for (const id of ids) {
        try { await load(id, { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; await save(id); }
      }
    } catch (error) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
        {
          messageId: 'swallowedAbort',
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 12,
          suggestions: [],
        },
      ],
    },
    // offered in a callback whose promise is handed on and awaited (`Promise.all(ids.map(async …))`)
    {
      code: `${decl}export async function all(ids: string[], signal: AbortSignal) {
  return Promise.all(ids.map(async (id) => {
    try { return await load(id, { signal }); } catch { return null; }
  }));
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function all(ids: string[], signal: AbortSignal) {
  return Promise.all(ids.map(async (id) => {
    try { return await load(id, { signal }); } catch { signal.throwIfAborted(); return null; }
  }));
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function all(ids: string[], signal: AbortSignal) {
  return Promise.all(ids.map(async (id) => {
    try { return await load(id, { signal }); } catch (error) { if (error instanceof Error && error.name === 'AbortError') throw error; return null; }
  }));
}`,
            },
          ],
        },
      ],
    },
    // a multi-line block with only a comment: the statement goes on a line of its own, indented like the comment
    {
      code: `${decl}export async function f(signal: AbortSignal) {
  try {
    await load('a', { signal });
  } catch {
    // best effort
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
              output: `${decl}export async function f(signal: AbortSignal) {
  try {
    await load('a', { signal });
  } catch {
    signal.throwIfAborted();
    // best effort
  }
  await save('done');
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function f(signal: AbortSignal) {
  try {
    await load('a', { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    // best effort
  }
  await save('done');
}`,
            },
          ],
        },
      ],
    },
    // an empty multi-line block: one level deeper than its `}`, with the file's indentation (four spaces here)
    {
      code: `${decl}export async function f(signal: AbortSignal) {
    try {
        await load('a', { signal });
    } catch (error) {
    }
    await save('done');
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export async function f(signal: AbortSignal) {
    try {
        await load('a', { signal });
    } catch (error) {
        signal.throwIfAborted();
    }
    await save('done');
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export async function f(signal: AbortSignal) {
    try {
        await load('a', { signal });
    } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw error;
    }
    await save('done');
}`,
            },
          ],
        },
      ],
    },
    // a logging function that returns nothing is kept, wrapped after the check
    {
      code: `${decl}declare function logError(error: unknown): void;
export function f(signal: AbortSignal) { return load('a', { signal }).catch(logError); }`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}declare function logError(error: unknown): void;
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error: unknown) => { signal.throwIfAborted(); logError(error); }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}declare function logError(error: unknown): void;
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error: unknown) => { if (error instanceof Error && error.name === 'AbortError') throw error; logError(error); }); }`,
            },
          ],
        },
      ],
    },
    // nor in a `void`ed async IIFE
    {
      code: `${decl}export function kick(signal: AbortSignal) {
  void (async () => {
    try { await load('a', { signal }); } catch { await save('x'); }
  })();
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    // look-alike: a controller aborted by `cancel()` and by the function's own timer: an `'AbortError'` may be the
    // deliberate timeout, and no caller's signal tells them apart: nothing is offered
    {
      code: `declare function fetchJson(url: string, init?: { signal?: AbortSignal }): Promise<unknown>;
export class Loader {
  private cancelCurrent?: () => void;
  cancel() { this.cancelCurrent?.(); }
  load(url: string, timeoutMs: number) {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), timeoutMs);
    this.cancelCurrent = () => controller.abort();
    return fetchJson(url, { signal: controller.signal }).catch((err) => { console.error(err); return undefined; });
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 9,
          column: 58,
          endLine: 9,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    // a multi-line callback body: one statement per line, at the indentation of the body's statements
    {
      code: `${decl}export function f(signal: AbortSignal) {
  return load('a', { signal }).catch(() => {
    console.error('load failed');
    return null;
  });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `${decl}export function f(signal: AbortSignal) {
  return load('a', { signal }).catch(() => {
    signal.throwIfAborted();
    console.error('load failed');
    return null;
  });
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `${decl}export function f(signal: AbortSignal) {
  return load('a', { signal }).catch((error) => {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    console.error('load failed');
    return null;
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
