import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // a watcher made before a loop and raced on every turn is watched by each race, not started for one
    `import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
declare function readGauge(): Promise<number>;
export async function watch(child: ChildProcess, samples: number[]): Promise<unknown> {
  const exited = once(child, 'exit');
  for (;;) {
    const result = await Promise.race([exited, readGauge()]);
    if (Array.isArray(result)) return result[0];
    samples.push(result);
  }
}`,
    // an abort promise that never settles unless the signal aborts, used only as a contender: not a timer, not reported
    `declare function work(): Promise<number>;
export function f(signal: AbortSignal) {
  const aborted = new Promise<never>((_, reject) => { signal.addEventListener('abort', () => reject(signal.reason), { once: true }); });
  return Promise.race([work(), aborted]);
}`,
    `declare function work(signal: AbortSignal): Promise<number>;
function abortion(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => { signal.onabort = () => reject(new Error('aborted')); });
}
export function f(signal: AbortSignal) {
  return Promise.race([work(signal), abortion(signal)]);
}`,
    // every contender received the signal of a controller aborted when the race settles
    `declare function work(signal: AbortSignal): Promise<number>;
import { setTimeout as sleep } from 'node:timers/promises';
export async function f(ms: number) {
  const controller = new AbortController();
  try {
    return await Promise.race([work(controller.signal), sleep(ms, undefined, { signal: controller.signal }).then(() => { throw new Error('timeout'); })]);
  } finally {
    controller.abort();
  }
}`,
    // mapped contenders that start no signal-aware work
    `declare const cache: Map<string, Promise<string>>;
export async function first(keys: string[]) { return Promise.race(keys.map((key) => cache.get(key) ?? Promise.resolve(''))); }`,
    // a task created before other work and only then raced: it was not started by the race
    `declare function enqueue(name: string, options?: { signal?: AbortSignal }): Promise<string>;
declare function drain(): Promise<void>;
export async function check(deadline: Promise<string>) {
  const kept = enqueue('kept');
  await drain();
  return Promise.race([kept, deadline]);
}`,
    // a test-timeout guard around a task under test: the task existed before the race, and the guard's timer is cleared
    `declare function enqueue(name: string, options?: { signal?: AbortSignal }): Promise<string>;
export async function check() {
  const kept = enqueue('kept');
  await kept.then(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<string>((resolve) => { timer = setTimeout(resolve, 200, 'timed-out'); });
  try { return await Promise.race([kept, guard]); } finally { clearTimeout(timer); }
}`,
    // a timer whose id is kept and cleared
    `declare function work(): Promise<number>;
export async function f(ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), ms); });
  try { return await Promise.race([work(), timeout]); } finally { clearTimeout(timer); }
}`,
    `declare function work(): Promise<number>;
export function f(ms: number) {
  return Promise.race([work(), new Promise<never>((_, reject) => { const id = setTimeout(reject, ms); id.unref(); })]);
}`,
    // contenders that take no signal cannot be stopped by one, and are not timers
    `declare function a(): Promise<number>; declare function b(): Promise<number>; export function f() { return Promise.race([a(), b()]); }`,
    `declare function save(options?: { retries?: number }): Promise<void>; declare function b(): Promise<void>; export function f() { return Promise.race([save({ retries: 1 }), b()]); }`,
    // existing promises, arrays built elsewhere, a local Promise, a single contender
    `export function f(jobs: Promise<Response>[]) { return Promise.race(jobs); }`,
    `export function f(a: Promise<number>, b: Promise<number>) { return Promise.race([a, b]); }`,
    `class Promise2 {} const Promise = { race: (items: unknown[]) => items }; export function f() { return Promise.race([fetch('/a'), fetch('/b')]); } void Promise2;`,
    `export function f() { return Promise.race([fetch('/a')]); }`,
    // sleep helpers whose body is out of sight count by name and shape only: a number first, a plain Promise back
    `declare function sleep(ms: number): Promise<void> & { cancel(): void }; declare function work(): Promise<number>;
export function f(ms: number) { return Promise.race([work(), sleep(ms)]); }`,
    `interface CancellablePromise<T> extends Promise<T> { cancel(): void }
declare function timeout(ms: number): CancellablePromise<never>; declare function work(): Promise<number>;
export function f(ms: number) { return Promise.race([work(), timeout(ms)]); }`,
    `declare function wait(event: string): Promise<void>; declare function work(): Promise<number>;
export function f() { return Promise.race([work(), wait('ready')]); }`,
    `declare function fetchDelay(ms: number): Promise<void>; declare function work(): Promise<number>;
export function f(ms: number) { return Promise.race([work(), fetchDelay(ms)]); }`,
    `declare function sleep(ms: number): { then(onFulfilled: () => void): void }; declare function work(): Promise<number>;
export async function f(ms: number) { return Promise.race([work(), sleep(ms)]); }`,
    // a helper whose body is in sight is judged by its body: this one builds no timer
    `declare function flush(ms: number): Promise<void>; declare function work(): Promise<number>;
async function delay(ms: number) { await flush(ms); }
export function f(ms: number) { return Promise.race([work(), delay(ms)]); }`,
    // a declared sleep that takes a signal and gets one from a controller aborted when the race settles
    `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
declare const inbox: AsyncIterator<string>;
export async function poll(pollMs: number) {
  const controller = new AbortController();
  try { return await Promise.race([inbox.next(), sleep(pollMs, { signal: controller.signal }).then(() => undefined)]); } finally { controller.abort(); }
}`,
  ],
  invalid: [
    {
      // A timeout promise made for the race with a statement that does not wait between (the request is sent): its timer is never cleared.
      code: `import { EventEmitter } from 'node:events';
export class DockLink extends EventEmitter {
  send(payload: object): void {
    this.emit('out', payload);
  }
  unlock(dockId: string, timeoutMs: number): Promise<string> {
    const ack = new Promise<string>((resolve) => this.once('ack', resolve));
    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(\`dock \${dockId} did not answer\`)), timeoutMs);
    });
    this.send({ type: 'unlock', dockId });
    return Promise.race([ack, timeout]);
  }
}`,
      errors: [
        {
          messageId: 'leakedTimer',
          line: 12,
          column: 31,
          endLine: 12,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      // a watcher made right before one race and read nowhere else is started for it (look-alike in valid: raced on every turn of a loop)
      code: `import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
declare function readGauge(): Promise<number>;
export async function firstSample(child: ChildProcess): Promise<unknown> {
  const exited = once(child, 'exit');
  const result = await Promise.race([exited, readGauge()]);
  return Array.isArray(result) ? null : result;
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 6,
          column: 38,
          endLine: 6,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    // two timers with literal delays: the shorter one settles the race and never loses; only the longer one keeps running
    {
      code: `export async function f() {
  return Promise.race([
    new Promise<string>((resolve) => setTimeout(() => resolve('fast'), 10)),
    new Promise<string>((resolve) => setTimeout(() => resolve('slow'), 1000)),
  ]);
}`,
      errors: [
        {
          messageId: 'leakedTimer',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 78,
          suggestions: [],
        },
      ],
    },
    // a callee whose text spans lines is named short
    {
      code: `declare const api: { client: { get(url: string, options?: { signal?: AbortSignal }): Promise<string> } };
export function f() {
  return Promise.race([
    (api
      .client)
      .get('/a'),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 100)),
  ]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 4,
          column: 5,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: '100' },
              output: `declare const api: { client: { get(url: string, options?: { signal?: AbortSignal }): Promise<string> } };
export function f() {
  return (api
      .client)
      .get('/a', { signal: AbortSignal.timeout(100) });
}`,
            },
          ],
        },
        {
          messageId: 'leakedTimer',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: '100' },
              output: `declare const api: { client: { get(url: string, options?: { signal?: AbortSignal }): Promise<string> } };
export function f() {
  return (api
      .client)
      .get('/a', { signal: AbortSignal.timeout(100) });
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the winner is a `Response` whose body is read after the race; aborting the controller once the race
    // settles would cut that body off too (`settlesWithLiveValue`): no controller suggestion
    {
      // every element of the mapped list is a fetch without a signal: the losers keep downloading
      code: `export async function fastest(mirrors: string[], path: string): Promise<Response> {
  return Promise.any(mirrors.map((mirror) => fetch(\`\${mirror}/\${path}\`)));
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 72,
          suggestions: [],
        },
      ],
    },
    {
      code: `async function f(url: string, ms: number) {
  return await Promise.race([fetch(url), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: 'ms' },
              output: `async function f(url: string, ms: number) {
  return await fetch(url, { signal: AbortSignal.timeout(ms) });
}`,
            },
          ],
        },
        {
          messageId: 'leakedTimer',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 127,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: 'ms' },
              output: `async function f(url: string, ms: number) {
  return await fetch(url, { signal: AbortSignal.timeout(ms) });
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the timer resolves, so a timeout resolves the race with `undefined`; a timeout signal would make it
    // reject instead (`timerOnlyRejects`): no suggestion
    {
      code: `const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function f(url: string) {
  const response = await Promise.race([fetch(url), sleep(5000)]);
  return response;
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 50,
          suggestions: [],
        },
        {
          messageId: 'leakedTimer',
          line: 3,
          column: 52,
          endLine: 3,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    // look-alike: `delay(1000)` from `node:timers/promises` resolves, so the race resolves on a timeout; a timeout
    // signal would make it reject (`timerOnlyRejects`): no suggestion
    {
      code: `import { setTimeout as delay } from 'node:timers/promises';
async function f(url: string) {
  return Promise.race([fetch(url, { method: 'GET' }), delay(1000)]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 53,
          suggestions: [],
        },
        {
          messageId: 'leakedTimer',
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
    // look-alike: `Response` winners keep using the signal for their bodies (`settlesWithLiveValue`): no suggestion
    {
      code: `async function f(a: string, b: string) {
  const winner = await Promise.any([fetch(a), fetch(b)]);
  return winner;
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 45,
          suggestions: [],
        },
        {
          messageId: 'leakedWork',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      code: `declare function work(): Promise<number>;
async function f(ms: number) {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
  return Promise.race([work(), timeout]);
}`,
      errors: [{ messageId: 'leakedTimer', line: 4, column: 32, endLine: 4, endColumn: 39 }],
    },
    {
      code: `import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
async function f(a: EventEmitter, b: EventEmitter) {
  await Promise.race([once(a, 'ready'), once(b, 'ready')]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestAbortController',
              output: `import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
async function f(a: EventEmitter, b: EventEmitter) {
  const controller = new AbortController();
  await Promise.race([once(a, 'ready', { signal: controller.signal }), once(b, 'ready', { signal: controller.signal })]).finally(() => controller.abort());
}`,
            },
          ],
        },
        {
          messageId: 'leakedWork',
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'suggestAbortController',
              output: `import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
async function f(a: EventEmitter, b: EventEmitter) {
  const controller = new AbortController();
  await Promise.race([once(a, 'ready', { signal: controller.signal }), once(b, 'ready', { signal: controller.signal })]).finally(() => controller.abort());
}`,
            },
          ],
        },
      ],
    },
    // a task created before the race and awaited elsewhere too is only watched by it: the inline timer is the leak
    {
      code: `declare function enqueue(name: string, options?: { signal?: AbortSignal }): Promise<string>;
declare function sleep(ms: number): Promise<void>;
export async function check() {
  const kept = enqueue('kept');
  const first = await Promise.race([kept, sleep(200).then(() => 'timed-out')]);
  return [first, await kept];
}`,
      errors: [{ messageId: 'leakedTimer', line: 5, column: 43, endLine: 5, endColumn: 77 }],
    },
    {
      code: `async function f(url: string) {
  const response = fetch(url).then((r) => r.json());
  return Promise.race([response, new Promise((resolve) => setTimeout(resolve, 1000, null))]);
}`,
      errors: [
        { messageId: 'leakedWork', line: 3, column: 24, endLine: 3, endColumn: 32 },
        { messageId: 'leakedTimer', line: 3, column: 34, endLine: 3, endColumn: 91 },
      ],
    },
    {
      code: `declare function work(options?: { signal?: AbortSignal }): Promise<number>;
const run = (ms: number) => Promise.race([work(), new Promise<never>((_, reject) => setTimeout(reject, ms))]);`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: 'ms' },
              output: `declare function work(options?: { signal?: AbortSignal }): Promise<number>;
const run = (ms: number) => work({ signal: AbortSignal.timeout(ms) });`,
            },
          ],
        },
        {
          messageId: 'leakedTimer',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: 'ms' },
              output: `declare function work(options?: { signal?: AbortSignal }): Promise<number>;
const run = (ms: number) => work({ signal: AbortSignal.timeout(ms) });`,
            },
          ],
        },
      ],
    },
    {
      code: `declare function work(options?: { signal?: AbortSignal }): Promise<number>;
declare function other(): Promise<number>;
async function f() { return Promise.race([work(), other()]); }`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestAbortController',
              output: `declare function work(options?: { signal?: AbortSignal }): Promise<number>;
declare function other(): Promise<number>;
async function f() { const controller = new AbortController(); return Promise.race([work({ signal: controller.signal }), other()]).finally(() => controller.abort()); }`,
            },
          ],
        },
      ],
    },

    // a sleep helper declared without a body, chained before it is raced: its timer cannot be cleared
    {
      code: `declare function sleep(ms: number): Promise<void>;
declare const inbox: AsyncIterator<string>;
export async function poll(pollMs: number) {
  for (;;) {
    const next = await Promise.race([inbox.next(), sleep(pollMs).then(() => undefined)]);
    if (next) return next;
  }
}`,
      errors: [{ messageId: 'leakedTimer', line: 5, column: 52, endLine: 5, endColumn: 87 }],
    },
    // look-alike: `delay(ms)` resolves, so the race resolves on a timeout (`timerOnlyRejects`): no suggestion
    {
      code: `declare function delay(ms: number): Promise<void>;
export async function f(url: string, ms: number) { return Promise.race([fetch(url), delay(ms)]); }`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 73,
          endLine: 2,
          endColumn: 83,
          suggestions: [],
        },
        {
          messageId: 'leakedTimer',
          line: 2,
          column: 85,
          endLine: 2,
          endColumn: 94,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { promisify } from 'node:util';
const pause = promisify(setTimeout);
declare function work(): Promise<number>;
export async function f(ms: number) { return Promise.race([work(), pause(ms)]); }`,
      errors: [{ messageId: 'leakedTimer', line: 4, column: 68, endLine: 4, endColumn: 77 }],
    },
    {
      code: `declare const utils: { wait(ms: number): Promise<void> };
declare function work(): Promise<number>;
export async function f(ms: number) { return Promise.race([work(), utils.wait(ms).then(() => { throw new Error('timeout'); })]); }`,
      errors: [{ messageId: 'leakedTimer', line: 3, column: 68, endLine: 3, endColumn: 126 }],
    },
    // a declared sleep that accepts a signal but gets none is a timer too; it resolves (`.then(() => null)`), so the
    // race resolves with `null` on a timeout and a timeout signal is not offered (`timerOnlyRejects`)
    {
      code: `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
export async function f(url: string, ms: number) { return Promise.race([fetch(url), sleep(ms).then(() => null)]); }`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 73,
          endLine: 2,
          endColumn: 83,
          suggestions: [],
        },
        {
          messageId: 'leakedTimer',
          line: 2,
          column: 85,
          endLine: 2,
          endColumn: 111,
          suggestions: [],
        },
      ],
    },
    // look-alike: `Promise.any` ignores a rejecting timer (it only settles the race by fulfilling): a timeout signal would
    // add a timeout the code does not have, so none is offered
    {
      code: `export async function f(url: string, ms: number) {
  return Promise.any([fetch(url), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 33,
          suggestions: [],
        },
        {
          messageId: 'leakedTimer',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 120,
          suggestions: [],
        },
      ],
    },
    // a timer whose executor never reads `resolve` only rejects, typed or not: offered
    {
      code: `async function f(url: string, ms: number) {
  return Promise.race([fetch(url), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: 'ms' },
              output: `async function f(url: string, ms: number) {
  return fetch(url, { signal: AbortSignal.timeout(ms) });
}`,
            },
          ],
        },
        {
          messageId: 'leakedTimer',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 114,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: 'ms' },
              output: `async function f(url: string, ms: number) {
  return fetch(url, { signal: AbortSignal.timeout(ms) });
}`,
            },
          ],
        },
      ],
    },
    // a resolving timer chained into a rejection (`Promise<never>`): offered, the options literal keeps its layout
    {
      code: `import { setTimeout as delay } from 'node:timers/promises';
async function f(url: string) {
  return Promise.race([
    fetch(url, { method: 'GET' }),
    delay(1000).then(() => {
      throw new Error('timeout');
    }),
  ]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: '1000' },
              output: `import { setTimeout as delay } from 'node:timers/promises';
async function f(url: string) {
  return fetch(url, { method: 'GET', signal: AbortSignal.timeout(1000) });
}`,
            },
          ],
        },
        {
          messageId: 'leakedTimer',
          line: 5,
          column: 5,
          endLine: 7,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestTimeoutSignal',
              data: { delay: '1000' },
              output: `import { setTimeout as delay } from 'node:timers/promises';
async function f(url: string) {
  return fetch(url, { method: 'GET', signal: AbortSignal.timeout(1000) });
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the work's options are a promise; neither rewrite may spread it
    {
      code: `interface Options { retries?: number; signal?: AbortSignal }
declare function work(options?: Options | Promise<Options>): Promise<number>;
declare function loadOptions(): Promise<{ retries?: number }>;
export function f(ms: number) {
  return Promise.race([work(loadOptions()), new Promise<never>((_, reject) => setTimeout(reject, ms))]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 43,
          suggestions: [],
        },
        {
          messageId: 'leakedTimer',
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 102,
          suggestions: [],
        },
      ],
    },
    // nor the controller suggestion
    {
      code: `interface Options { retries?: number; signal?: AbortSignal }
declare function work(options?: Options | Promise<Options>): Promise<number>;
declare function other(): Promise<number>;
declare function loadOptions(): Promise<{ retries?: number }>;
export async function f() {
  return Promise.race([work(loadOptions()), other()]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    // the controller's declaration goes on its own line before the statement, at its indentation
    {
      code: `declare function work(options?: { signal?: AbortSignal }): Promise<number>;
declare function other(): Promise<number>;
export async function f() {
  const winner = await Promise.race([
    work(),
    other(),
  ]);
  return winner;
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'suggestAbortController',
              output: `declare function work(options?: { signal?: AbortSignal }): Promise<number>;
declare function other(): Promise<number>;
export async function f() {
  const controller = new AbortController();
  const winner = await Promise.race([
    work({ signal: controller.signal }),
    other(),
  ]).finally(() => controller.abort());
  return winner;
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the winner is a stream that goes on reading with the signal after the race: no controller
    {
      code: `declare function download(url: string, options?: { signal?: AbortSignal }): Promise<NodeJS.ReadableStream>;
export async function f(a: string, b: string) {
  return Promise.any([download(a), download(b)]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'leakedWork',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    // work that settles with plain data can be aborted once the race has settled: offered
    {
      code: `declare function count(url: string, options?: { signal?: AbortSignal }): Promise<number[]>;
export async function f(a: string, b: string) {
  return Promise.any([count(a), count(b)]);
}`,
      errors: [
        {
          messageId: 'leakedWork',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'suggestAbortController',
              output: `declare function count(url: string, options?: { signal?: AbortSignal }): Promise<number[]>;
export async function f(a: string, b: string) {
  const controller = new AbortController();
  return Promise.any([count(a, { signal: controller.signal }), count(b, { signal: controller.signal })]).finally(() => controller.abort());
}`,
            },
          ],
        },
        {
          messageId: 'leakedWork',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestAbortController',
              output: `declare function count(url: string, options?: { signal?: AbortSignal }): Promise<number[]>;
export async function f(a: string, b: string) {
  const controller = new AbortController();
  return Promise.any([count(a, { signal: controller.signal }), count(b, { signal: controller.signal })]).finally(() => controller.abort());
}`,
            },
          ],
        },
      ],
    },
  ],
});
