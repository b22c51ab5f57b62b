import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

const decl = `declare function load(id: string): Promise<number>;
declare function save(value: number): Promise<void>;
`;
const workerDecl = `import type { EventEmitter } from 'node:events';\ndeclare const worker: EventEmitter;\ndeclare function after<T extends unknown[]>(count: number, fn: (...args: T) => void): (...args: T) => void;\n`;

/** A scheduler whose promise settles with its job's outcome; a `signal` can cancel a job. */
const poolDecl = `declare class Pool { add<R>(job: () => R | PromiseLike<R>, options?: { signal?: AbortSignal }): Promise<R> }
declare const pool: Pool;
`;

typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // a scheduler's promise is its job's: a job that cannot reject leaves nothing to observe (look-alike in invalid: with a signal)
    `${decl}${poolDecl}async function f() {\n  const ready = pool.add(async () => 'ready');\n  await save(1);\n  return await ready;\n}`,
    // observed before any other suspension
    `${decl}async function f() { const a = load('a'); const b = load('b'); const [x, y] = await Promise.all([a, b]); return x + y; }`,
    `${decl}async function f() { const a = load('a'); const b = load('b'); b.catch(() => {}); await a; await b; }`,
    `${decl}async function f() { const a = load('a'); const x = await a; await save(x); }`,
    `${decl}async function f() { const a = load('a'); await a; await a; }`,
    `${decl}async function f(ok: boolean) { const a = load('a'); if (ok) { await a; } else { await a.then(String); } }`,
    `${decl}async function f() { const a = load('a'); try { await a; } finally { console.log('done'); } }`,
    // a call that might throw before the await is not a path of its own (ESLint links it to the catch)
    `${decl}async function f() { const a = load('a'); try { console.log(1); return await a; } catch (error) { console.error(error); return 0; } }`,
    // handed off: returned, passed, stored, captured, exported
    `${decl}function f() { const a = load('a'); return a; }`,
    `${decl}declare function track(p: Promise<number>): void; async function f() { const a = load('a'); track(a); await save(1); }`,
    `${decl}class Cache { pending?: Promise<number>; async warm() { const a = load('a'); this.pending = a; await save(1); } }`,
    `${decl}let shared: Promise<number> | undefined; async function f() { const a = load('a'); shared = a; await save(1); }`,
    `${decl}async function f(all: Promise<number>[]) { const a = load('a'); all.push(a); await save(1); }`,
    `${decl}async function f() { const a = load('a'); setTimeout(() => { a.then(console.log, console.error); }, 10); await save(1); }`,
    `${decl}export const ready = load('config');`,
    `${decl}const ready = load('config'); export { ready };`,
    `${decl}async function f() { const a = load('a'); void a; await save(1); }`,
    // cannot reject: a handler is attached at creation
    `${decl}async function f() { const a = load('a').catch(() => null); await save(1); return a; }`,
    `${decl}async function f() { const results = Promise.allSettled([load('a')]); await save(1); return results; }`,
    `${decl}async function f() { const t = new Promise<void>((resolve) => setTimeout(resolve, 10)); await save(1); await t; }`,
    // not promises, or opaque types
    `${decl}async function f() { const n = 1; await save(n); }`,
    `${decl}async function f() { const a: any = load('a'); await save(1); await a; }`,
    `${decl}async function f(make: () => unknown) { const a = make(); await save(1); await a; }`,
    // thenables that are not promises are ignored by default
    `declare const query: PromiseLike<number>;\n${decl}async function f() { const q = query; await save(1); await q; }`,
    // maybe-undefined results (a cache lookup, an optional call) and reads of existing promises
    `${decl}declare const cache: Map<string, Promise<number>>;
export function get(key: string): Promise<number> {
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = load(key);
  cache.set(key, loading);
  return loading;
}`,
    `${decl}declare const cache: Map<string, Promise<number>>; function f(key: string, fresh: boolean) { const existing = cache.get(key)!; if (fresh) return undefined; return existing; }`,
    `${decl}class Sync { api?: { pull(): Promise<number> }; run() { const p = this.api?.pull(); if (!p) return 0; return p; } }`,
    // a timeout helper: both promises go to Promise.race before anything can go wrong
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function work(signal: AbortSignal): Promise<string>;
export async function withTimeout(ms: number) {
  const controller = new AbortController();
  const job = work(controller.signal);
  const timer = sleep(ms, undefined, { signal: controller.signal }).then(() => { throw new Error('timeout'); });
  try {
    return await Promise.race([job, timer]);
  } finally {
    controller.abort();
  }
}`,
    `${decl}class Store { pending = load('x'); async refresh() { const current = this.pending; await save(1); return current; } }`,
    // object parts and destructured promises that are observed in time
    `${decl}async function f() { const jobs = { a: load('a'), b: load('b'), n: 1 }; await Promise.all([jobs.a, jobs.b]); return jobs.n; }`,
    `${decl}async function f() { const jobs = { a: load('a'), b: load('b') }; await Promise.all(Object.values(jobs)); }`,
    `${decl}async function f() { const [a, b] = [load('a'), load('b')]; return Promise.all([a, b]); }`,
    // real-code shapes: a union narrowed to its non-promise member
    `declare function details(): { ids: number[] } | Promise<{ ids: number[] }>;
export async function ids() { const p = details(); if ('ids' in p) return p.ids; await Promise.resolve(); return p.then((d) => d.ids); }`,
    `declare function close(): void | Promise<void>;
export function stop() { const r = close(); if (r instanceof Promise) r.catch(() => {}); }`,
    // an array that is still empty while the function waits, filled afterwards
    `declare function shards(): Promise<string[]>;
declare function connect(shard: string): Promise<void>;
export async function discover() {
  const connecting: Promise<void>[] = [];
  const list = await shards();
  for (const shard of list) connecting.push(connect(shard));
  await Promise.all(connecting);
}`,
    // a module-level registry filled by a function that runs later
    `${decl}const running: Promise<number>[] = [];
export function start(id: string) { running.push(load(id)); }
export { running as _running };`,
    // promises taken out of a queue were started (and are awaited) elsewhere
    `interface Deferred<T> extends Promise<T> { resolve(value: T): void }
export class Queue {
  readonly waiting: Deferred<string>[] = [];
  hand(jobs: string[]) {
    const takers = this.waiting.splice(0, jobs.length);
    for (let i = 0; i < takers.length; i++) takers[i]!.resolve(jobs[i]!);
  }
}`,
    // a fluent method on a promise object returns the same object
    `interface Req extends Promise<string> { on(event: string, listener: () => void): this }
declare function request(): Req;
export async function progress() { const p = request(); p.on('progress', () => {}); return await p; }`,
    // an executor without reject, wiring resolve to an event, cannot reject
    `import type { EventEmitter } from 'node:events';
declare const stream: EventEmitter;
${decl}export async function both() {
  const finished = new Promise<void>((resolve) => { stream.once('finish', resolve); });
  await save(1);
  await finished;
}`,
    // handlers attached to every promise before the loop awaits them one by one
    `${decl}async function f(ids: string[]) { const ps = ids.map(load); void Promise.allSettled(ps); for (const p of ps) await save(await p); }`,
    `${decl}async function f(ids: string[]) { const ps = ids.map(load); void Promise.allSettled(ps); for (let i = 0; i < ps.length; i++) await save(await ps[i]!); }`,
    `${decl}async function f(tasks: Map<string, Promise<number>>) { void Promise.allSettled(tasks.values()); for (const [id, task] of tasks) console.log(id, await task); }`,
    // a tagged template is a call: interpolated promises are handed to the tag
    `declare function css(strings: TemplateStringsArray, ...values: unknown[]): Promise<string>;
declare function render(node: unknown): Promise<string>;
export async function tagged() { const base = css\`color: blue;\`; const extended = css\`\${base} font-weight: bold;\`; return render(extended); }`,
    // every promise pushed into the array already has a non-throwing handler
    `${decl}export async function saveAll(names: string[]) {
  const saves: Promise<number | Error>[] = [];
  for (const name of names) saves.push(load(name).catch((error: Error) => error));
  const out: number[] = [];
  for (const p of saves) { const result = await p; if (typeof result === 'number') out.push(result); }
  return out;
}`,
    // resolve wired through an object of handlers: the executor cannot reject
    `declare function subscribe(handlers: { onMessage: (data: string) => void }): void;
${decl}export async function first() {
  const message = new Promise<string>((resolve) => { subscribe({ onMessage: (data) => resolve(data) }); });
  await save(1);
  return await message;
}`,
    // a cache typed too narrowly: testing the hit for undefined says "maybe no promise"
    `declare function cacheGet<T>(key: string): T;
declare function cacheSet(key: string, value: unknown): void;
${decl}export function cached(key: string): Promise<number> {
  const hit = cacheGet<Promise<number>>(key);
  if (hit !== undefined) return hit;
  const fresh = load(key);
  cacheSet(key, fresh);
  return fresh;
}`,
    `declare function cacheGet<T>(key: string): T;
${decl}export function cached(key: string): Promise<number> { const hit = cacheGet<Promise<number>>(key); if (!hit) return load(key); return hit; }`,
    // loops that attach handlers, or await everything at once
    `${decl}async function f(ids: string[]) { const ps = ids.map(load); for (const p of ps) p.catch(() => {}); await Promise.all(ps); }`,
    `${decl}async function f(ids: string[]) { for (const x of await Promise.all(ids.map(load))) await save(x); }`,
    `${decl}async function f(ids: string[]) { for (const p of ids.map((id) => load(id).catch(() => 0))) await p; }`,
    `${decl}async function f(ids: string[]) { for (const id of ids) await load(id); }`,
    `${decl}async function f(ids: string[]) { for (let i = 0; i < ids.length; i++) { const batch = [load(ids[i]!)]; await batch[0]; } }`,
    `${decl}async function f(ps: Promise<number>[]) { const first = await ps[0]; return first; }`,
    `${decl}async function* f(source: AsyncIterable<number>) { for await (const x of source) yield x; }`,
    // scripts (no import/export): top-level bindings are globals, not tracked
    `${decl}const boot = load('boot');`,
    // an executor without reject that only registers listeners (through a callback factory too), sets
    // timers and assigns cannot reject: a throw inside a listener happens later, outside the executor
    `${workerDecl}${decl}export async function twoJobs() {\n  const completing = new Promise<void>((resolve) => { worker.on('completed', after(2, resolve)); });\n  await save(1);\n  await completing;\n}`,
    // a `reject` parameter the executor never uses is as good as none
    `${workerDecl}${decl}export async function twoJobs() {\n  const completing = new Promise<void>((resolve, reject) => { worker.on('completed', () => resolve()); });\n  await save(1);\n  await completing;\n}`,
    `${workerDecl}${decl}export async function firstResult() {\n  let seen = 0;\n  const done = new Promise<number>((resolve) => {\n    seen = 0;\n    worker.once('result', (value: number) => { if (value < 0) throw new Error('negative'); resolve(value); });\n    setTimeout(() => resolve(-1), 1000);\n  });\n  await save(seen);\n  return await done;\n}`,
    // an executor that calls resolve() in its own body before anything could reject it is fulfilled at once
    `${workerDecl}${decl}declare const clock: { tick(ms: number): void };\nexport async function quiet() {\n  const finished = new Promise<void>((resolve, reject) => {\n    worker.once('finish', () => reject(new Error('finished')));\n    clock.tick(1000);\n    resolve();\n  });\n  await save(1);\n  await finished;\n}`,
    // pattern: only microtask turns in between: nothing else runs that could reject it meanwhile
    `${decl}export async function yieldOnce() { const a = load('a'); await Promise.resolve(); return await a; }`,
    `${decl}export async function yieldTwice() { const a = load('a'); await null; await undefined; return await a; }`,
    // a reply waiter created right before the one await that sends the request it waits for
    `declare function waitForReply(id: number): Promise<string>;
declare function send(request: { id: number; body: string }): Promise<void>;
export async function call(id: number, body: string) {
  const request = { id, body };
  const reply = waitForReply(request.id);
  await send(request);
  return await reply;
}`,
    `declare function waitForReply(id: number): Promise<string>;
declare function send(id: number, body: string): Promise<void>;
export async function call(id: number) {
  const reply = waitForReply(id);
  await send(id, 'ping');
  return await reply;
}`,
    // a combinator inside \`try\` observes its promises before the \`finally\` waits
    `${decl}export async function both() {
  const a = load('a');
  const b = load('b');
  try {
    return await Promise.all([a, b]);
  } finally {
    await save(0);
  }
}`,
    // an observation inside a loop that runs at least once
    `${decl}export async function retried() {
  const a = load('a');
  for (let attempt = 0; attempt < 3; attempt++) {
    try { return await a; } catch { continue; }
  }
  return 0;
}`,
    `${decl}export async function firstOf() {
  const a = load('a');
  for (const delay of [10, 20]) {
    console.log(delay);
    return await a;
  }
  return 0;
}`,
    // handlers attached in a \`for…of\` loop before the sequential loop
    `${decl}export async function inOrder(ids: string[]) { const ps = ids.map(load); for (const p of ps) p.catch(() => {}); for (const p of ps) await save(await p); }`,
    `${decl}export async function inOrder(ids: string[]) { const ps = ids.map(load); for (const p of ps) { void p.then(undefined, () => {}); } for (const p of ps) await save(await p); }`,
    // test code: a promise the test expects to succeed fails the test at the await whether or not it rejects early
    `import { it } from 'vitest';
${workerDecl}${decl}it('completes', async () => {
  const done = new Promise<void>((resolve, reject) => {
    worker.on('completed', () => resolve());
    if (!worker.listenerCount('failed')) reject(new Error('no listener'));
  });
  const loaded = load('a');
  await save(1);
  await done;
  return loaded;
});`,
    // test code: a waiter that can reject only from its own listeners, created before its trigger
    `import { it } from 'vitest';
${workerDecl}${decl}it('completes', async () => {
  const done = new Promise<void>((resolve, reject) => {
    worker.on('completed', () => resolve());
    worker.on('failed', (error: Error) => reject(error));
  });
  await save(1);
  await done;
});`,
    // a resolve-only waiter whose synchronous part registers a function using \`resolve\` (at any depth)
    `${workerDecl}${decl}declare function subscribe(options: { topic: string; handler(value: number): void }): void;
export async function nested() {
  const first = new Promise<number>((resolve) => { subscribe({ topic: 'jobs', handler(value) { resolve(value); } }); });
  const counted = new Promise<void>((resolve) => { worker.on('completed', after(2, () => resolve())); });
  await save(1);
  return [await first, await counted];
}`,
    `import { expect, test } from 'vitest';
${workerDecl}${decl}test('checked', async () => {
  const done = new Promise<void>((resolve, reject) => {
    worker.on('completed', (value: number) => {
      try { expect(value).toBe(1); resolve(); } catch (error) { reject(error); }
    });
  });
  await save(1);
  await done;
});`,
  ],
  invalid: [
    {
      code: `${decl}async function f() {\n  const a = load('a');\n  const b = load('b');\n  await a;\n  await b;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          data: { name: 'b', line: '6' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestPromiseAll',
              data: { names: '`a`, `b`' },
              output: `${decl}async function f() {\n  const a = load('a');\n  const b = load('b');\n  await Promise.all([a, b]);\n}`,
            },
            {
              messageId: 'suggestHandleNow',
              data: { name: 'b' },
              output: `${decl}async function f() {\n  const a = load('a');\n  const b = load('b');\n  b.catch(() => {});\n  await a;\n  await b;\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() {\n  const a = load('a');\n  const b = load('b');\n  const x = await a;\n  let y = await b;\n  return x + y;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestPromiseAll',
              output: `${decl}async function f() {\n  const a = load('a');\n  const b = load('b');\n  let [x, y] = await Promise.all([a, b]);\n  return x + y;\n}`,
            },
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f() {\n  const a = load('a');\n  const b = load('b');\n  b.catch(() => {});\n  const x = await a;\n  let y = await b;\n  return x + y;\n}`,
            },
          ],
        },
      ],
    },
    {
      // waiting on something unrelated
      code: `${decl}async function f() { const a = load('a'); await save(1); return a; }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f() { const a = load('a'); a.catch(() => {}); await save(1); return a; }`,
            },
          ],
        },
      ],
    },
    {
      // forgotten on an early return
      code: `${decl}async function f(auth: boolean) {\n  const user = load('u');\n  if (!auth) return 401;\n  return await user;\n}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'user', where: 'when the function returns at line 5' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(auth: boolean) {\n  const user = load('u');\n  user.catch(() => {});\n  if (!auth) return 401;\n  return await user;\n}`,
            },
          ],
        },
      ],
    },
    {
      // forgotten when throwing
      code: `${decl}async function f(id: string) {\n  const user = load(id);\n  if (!id) throw new Error('no id');\n  return user;\n}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'user', where: 'when the function throws at line 5' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(id: string) {\n  const user = load(id);\n  user.catch(() => {});\n  if (!id) throw new Error('no id');\n  return user;\n}`,
            },
          ],
        },
      ],
    },
    {
      // an explicit throw into the catch is a path of its own
      code: `${decl}async function f(bad: boolean) { const a = load('a'); try { if (bad) throw new Error('bad'); return await a; } catch { return 0; } }`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'a', where: 'when the function returns at line 3' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(bad: boolean) { const a = load('a'); a.catch(() => {}); try { if (bad) throw new Error('bad'); return await a; } catch { return 0; } }`,
            },
          ],
        },
      ],
    },
    {
      // never used at all, in a sync function
      code: `${decl}function f() { const a = load('a'); }`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'a', where: 'before the function ends' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 23,
          suggestions: [{ messageId: 'suggestHandleNow', output: `${decl}function f() { const a = load('a'); a.catch(() => {}); }` }],
        },
      ],
    },
    {
      // a branch that forgets it; comparing it to another value is not an observation
      code: `${decl}async function f(ok: boolean, other: Promise<number>) { const a = load('a'); if (a === other || ok) { await a; } }`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'a', where: 'before the function ends' },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(ok: boolean, other: Promise<number>) { const a = load('a'); a.catch(() => {}); if (a === other || ok) { await a; } }`,
            },
          ],
        },
      ],
    },
    {
      // re-created by a loop before the previous one was observed
      code: `${decl}async function f(ids: string[]) { for (const id of ids) { const p = load(id); if (!id) continue; await p; } }`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'p', where: 'before the function ends' },
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(ids: string[]) { for (const id of ids) { const p = load(id); p.catch(() => {}); if (!id) continue; await p; } }`,
            },
          ],
        },
      ],
    },
    {
      // an array of promises forgotten on a branch
      code: `${decl}async function f(ids: string[], ok: boolean) { const ps = ids.map(load); if (!ok) return; await Promise.all(ps); }`,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'ps' },
              output: `${decl}async function f(ids: string[], ok: boolean) { const ps = ids.map(load); void Promise.allSettled(ps); if (!ok) return; await Promise.all(ps); }`,
            },
          ],
        },
      ],
    },
    {
      // awaiting an array of promises one by one
      code: `${decl}async function f(ids: string[]) { const ps = ids.map(load); for (const p of ps) await save(await p); }`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 3,
          column: 77,
          endLine: 3,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output: `${decl}async function f(ids: string[]) { const ps = ids.map(load); for (const p of await Promise.all(ps)) await save(await p); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(ids: string[]) { for await (const x of ids.map(load)) await save(x); }`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output: `${decl}async function f(ids: string[]) { for (const x of await Promise.all(ids.map(load))) await save(x); }`,
            },
          ],
        },
      ],
    },
    {
      // the index form of the same loop; a Set of promises
      code: `${decl}async function f(ids: string[]) {\n  const ps = ids.map(load);\n  for (let i = 0; i < ps.length; i++) {\n    await save(await ps[i]!);\n  }\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'ps' },
              output: `${decl}async function f(ids: string[]) {\n  const ps = ids.map(load);\n  void Promise.allSettled(ps);\n  for (let i = 0; i < ps.length; i++) {\n    await save(await ps[i]!);\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(pending: Set<Promise<number>>) { for (const p of pending) await p; }`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 3,
          column: 67,
          endLine: 3,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output: `${decl}async function f(pending: Set<Promise<number>>) { for (const p of await Promise.all(pending)) await p; }`,
            },
          ],
        },
      ],
    },
    {
      // promises filled into an array, and a Map of promises, awaited one by one
      code: `${decl}async function f(ids: string[]) {\n  const pending: Promise<number>[] = [];\n  for (const id of ids) pending.push(load(id));\n  for (const p of pending) await save(await p);\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output: `${decl}async function f(ids: string[]) {\n  const pending: Promise<number>[] = [];\n  for (const id of ids) pending.push(load(id));\n  for (const p of await Promise.all(pending)) await save(await p);\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(tasks: Map<string, Promise<number>>) {\n  for (const [id, task] of tasks) console.log(id, await task);\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'tasks' },
              output: `${decl}async function f(tasks: Map<string, Promise<number>>) {\n  void Promise.allSettled(tasks.values());\n  for (const [id, task] of tasks) console.log(id, await task);\n}`,
            },
          ],
        },
      ],
    },
    {
      // a value-or-promise union: the handler goes through Promise.resolve, which accepts both
      code: `declare function details(): number | Promise<number>;\n${decl}async function f() { const d = details(); await save(1); return d; }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare function details(): number | Promise<number>;\n${decl}async function f() { const d = details(); Promise.resolve(d).catch(() => {}); await save(1); return d; }`,
            },
          ],
        },
      ],
    },
    {
      // an array filled while the function waits in between
      code: `${decl}async function f(ids: string[]) {\n  const ps: Promise<number>[] = [];\n  for (const id of ids) {\n    ps.push(load(id));\n    await save(0);\n  }\n  return Promise.all(ps);\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          data: { name: 'ps', line: '7' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(ids: string[]) {\n  const ps: Promise<number>[] = [];\n  for (const id of ids) {\n    ps.push(load(id));\n    void Promise.allSettled(ps);\n    await save(0);\n  }\n  return Promise.all(ps);\n}`,
            },
          ],
        },
      ],
    },
    {
      // a labelled index loop: the handler goes before the label, so \`continue outer\` still works
      code: `${decl}async function f(ps: Promise<number>[]) {\n  outer: for (let i = 0; i < ps.length; i++) {\n    if (!(await ps[i])) continue outer;\n  }\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'ps' },
              output: `${decl}async function f(ps: Promise<number>[]) {\n  void Promise.allSettled(ps);\n  outer: for (let i = 0; i < ps.length; i++) {\n    if (!(await ps[i])) continue outer;\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // a loop that is the body of an unbraced if: no statement can go before it
      code: `${decl}async function f(ps: Promise<number>[], flag: boolean) { if (flag) for (let i = 0; i < ps.length; i++) await ps[i]; }`,
      errors: [{ messageId: 'sequentialLoop', line: 3, column: 110, endLine: 3, endColumn: 115, suggestions: [] }],
    },
    {
      // a declaration in a for-loop head: no statement can go after it
      code: `${decl}function f() { for (let p = load('a'), i = 0; i < 1; i++) { console.log(i); } }`,
      errors: [{ messageId: 'unobservedPath', line: 3, column: 25, endLine: 3, endColumn: 26, suggestions: [] }],
    },
    {
      // top-level await in a module
      code: `${decl}const config = load('config');\nawait save(0);\nconsole.log(await config);\nexport {};`,
      errors: [
        {
          messageId: 'rejectionWindow',
          data: { name: 'config', line: '4' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}const config = load('config');\nconfig.catch(() => {});\nawait save(0);\nconsole.log(await config);\nexport {};`,
            },
          ],
        },
      ],
    },
    {
      // class method
      code: `${decl}class Sync { api = { pull: (): Promise<number> => load('x') }; async run() { const p = this.api.pull(); await save(1); return p; } }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 84,
          endLine: 3,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}class Sync { api = { pull: (): Promise<number> => load('x') }; async run() { const p = this.api.pull(); p.catch(() => {}); await save(1); return p; } }`,
            },
          ],
        },
      ],
    },
    {
      // object-literal parts are tracked one by one
      code: `${decl}async function f() { const jobs = { a: load('a'), b: load('b') }; await jobs.a; await jobs.b; }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          data: { name: 'jobs.b', line: '3' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'jobs.b' },
              output: `${decl}async function f() { const jobs = { a: load('a'), b: load('b') }; jobs.b.catch(() => {}); await jobs.a; await jobs.b; }`,
            },
          ],
        },
      ],
    },
    {
      // destructured promises
      code: `${decl}async function f() { const [a, b] = [load('a'), load('b')]; await a; await b; }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          data: { name: 'b', line: '3' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestPromiseAll',
              output: `${decl}async function f() { const [a, b] = [load('a'), load('b')]; await Promise.all([a, b]); }`,
            },
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f() { const [a, b] = [load('a'), load('b')]; b.catch(() => {}); await a; await b; }`,
            },
          ],
        },
      ],
    },
    {
      // a maybe-undefined promise (optional call) waiting unhandled
      code: `${decl}class Sync { api?: { pull(): Promise<number> }; async run() { const p = this.api?.pull(); await save(1); return p; } }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 69,
          endLine: 3,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}class Sync { api?: { pull(): Promise<number> }; async run() { const p = this.api?.pull(); p?.catch(() => {}); await save(1); return p; } }`,
            },
          ],
        },
      ],
    },
    {
      // an explicit throw that leaves through a finally block
      code: `${decl}async function f(bad: boolean) { const a = load('a'); try { if (bad) throw new Error('bad'); return await a; } finally { console.log('done'); } }`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'a', where: 'before the function ends' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(bad: boolean) { const a = load('a'); a.catch(() => {}); try { if (bad) throw new Error('bad'); return await a; } finally { console.log('done'); } }`,
            },
          ],
        },
      ],
    },
    {
      // generic constrained to a promise
      code: `${decl}async function f<T extends Promise<number>>(make: () => T) { const p = make(); await save(1); return p; }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 68,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f<T extends Promise<number>>(make: () => T) { const p = make(); p.catch(() => {}); await save(1); return p; }`,
            },
          ],
        },
      ],
    },
    {
      // thenables, when asked for: reported, but no handler is suggested, since calling `then` on
      // a lazy thenable (a query builder) runs it, and `return q` would run it again
      code: `declare function query(): PromiseLike<number>;\n${decl}async function f() { const q = query(); await save(1); return q; }`,
      options: [{ checkThenables: true }],
      errors: [{ messageId: 'rejectionWindow', line: 4, column: 28, endLine: 4, endColumn: 29, suggestions: [] }],
    },
    {
      // a nested function's own promise, inside an outer function
      code: `${decl}function outer() { return async () => { const a = load('a'); await save(1); await a; }; }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}function outer() { return async () => { const a = load('a'); a.catch(() => {}); await save(1); await a; }; }`,
            },
          ],
        },
      ],
    },
    {
      // the plugin setting promotes the handler suggestion to a fix
      code: `${decl}function f() { const a = load('a'); }`,
      settings: { settle: { promoteToFix: ['no-unobserved-promise'] } },
      output: `${decl}function f() { const a = load('a'); a.catch(() => {}); }`,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 23,
          suggestions: [{ messageId: 'suggestHandleNow', output: `${decl}function f() { const a = load('a'); a.catch(() => {}); }` }],
        },
      ],
    },
    {
      // a call before the listener is registered may throw, and that rejects the promise
      code: `${workerDecl}${decl}declare function start(): void;\nexport async function twoJobs() {\n  const completing = new Promise<void>((resolve) => { start(); worker.on('completed', after(2, resolve)); });\n  await save(1);\n  await completing;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${workerDecl}${decl}declare function start(): void;\nexport async function twoJobs() {\n  const completing = new Promise<void>((resolve) => { start(); worker.on('completed', after(2, resolve)); });\n  completing.catch(() => {});\n  await save(1);\n  await completing;\n}`,
            },
          ],
        },
      ],
    },
    {
      // `reject` handed to a listener can reject the promise later
      code: `${workerDecl}${decl}export async function twoJobs() {\n  const completing = new Promise<void>((resolve, reject) => { worker.on('completed', () => resolve()); worker.on('failed', (error) => reject(error)); });\n  await save(1);\n  await completing;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${workerDecl}${decl}export async function twoJobs() {\n  const completing = new Promise<void>((resolve, reject) => { worker.on('completed', () => resolve()); worker.on('failed', (error) => reject(error)); });\n  completing.catch(() => {});\n  await save(1);\n  await completing;\n}`,
            },
          ],
        },
      ],
    },
    {
      // a throw in the executor's own body rejects it
      code: `${workerDecl}${decl}export async function firstResult(ready: boolean) {\n  const done = new Promise<void>((resolve) => {\n    if (!ready) throw new Error('not ready');\n    worker.once('result', () => resolve());\n  });\n  await save(1);\n  await done;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${workerDecl}${decl}export async function firstResult(ready: boolean) {\n  const done = new Promise<void>((resolve) => {\n    if (!ready) throw new Error('not ready');\n    worker.once('result', () => resolve());\n  });\n  done.catch(() => {});\n  await save(1);\n  await done;\n}`,
            },
          ],
        },
      ],
    },
    {
      // resolve() only on one branch: the listener may still reject
      code: `${workerDecl}${decl}export async function quiet(ready: boolean) {\n  const finished = new Promise<void>((resolve, reject) => {\n    worker.once('finish', () => reject(new Error('finished')));\n    if (ready) resolve();\n  });\n  await save(1);\n  await finished;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${workerDecl}${decl}export async function quiet(ready: boolean) {\n  const finished = new Promise<void>((resolve, reject) => {\n    worker.once('finish', () => reject(new Error('finished')));\n    if (ready) resolve();\n  });\n  finished.catch(() => {});\n  await save(1);\n  await finished;\n}`,
            },
          ],
        },
      ],
    },
    {
      // reject() may run before resolve()
      code: `${workerDecl}${decl}export async function quiet(ready: boolean) {\n  const finished = new Promise<void>((resolve, reject) => {\n    if (!ready) reject(new Error('not ready'));\n    resolve();\n  });\n  await save(1);\n  await finished;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${workerDecl}${decl}export async function quiet(ready: boolean) {\n  const finished = new Promise<void>((resolve, reject) => {\n    if (!ready) reject(new Error('not ready'));\n    resolve();\n  });\n  finished.catch(() => {});\n  await save(1);\n  await finished;\n}`,
            },
          ],
        },
      ],
    },
    {
      // resolving with a promise adopts its rejection
      code: `${workerDecl}${decl}export async function forwarded() {\n  const value = new Promise<number>((resolve) => { resolve(load('a')); });\n  await save(1);\n  return await value;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${workerDecl}${decl}export async function forwarded() {\n  const value = new Promise<number>((resolve) => { resolve(load('a')); });\n  value.catch(() => {});\n  await save(1);\n  return await value;\n}`,
            },
          ],
        },
      ],
    },
    // `await Promise.all(…)` is not suggested when the loop needs the promises themselves
    {
      code: `${decl}declare function track(p: Promise<number>): void; async function f(ids: string[]) { const ps = ids.map(load); for (const p of ps) { track(p); await save(await p); } }`,
      errors: [{ messageId: 'sequentialLoop', line: 3, column: 127, endLine: 3, endColumn: 129, suggestions: [] }],
    },
    {
      code: `${decl}async function f(ids: string[]) { const ps = ids.map(load); for (const p of ps) { await save(await p); p.then((v) => console.log(v)); } }`,
      errors: [{ messageId: 'sequentialLoop', line: 3, column: 77, endLine: 3, endColumn: 79, suggestions: [] }],
    },
    {
      code: `${decl}async function f(ids: string[], first: Promise<number>) { const ps = ids.map(load); for (const p of ps) { if (p === first) continue; await save(await p); } }`,
      errors: [{ messageId: 'sequentialLoop', line: 3, column: 101, endLine: 3, endColumn: 103, suggestions: [] }],
    },
    // nor when the body never awaits the element (it waits for something else each turn)
    {
      code: `${decl}declare function sleep(ms: number): Promise<void>; async function f(ids: string[]) { const ps = ids.map(load); for (const _p of ps) await sleep(10); }`,
      errors: [{ messageId: 'sequentialLoop', line: 3, column: 129, endLine: 3, endColumn: 131, suggestions: [] }],
    },
    // nor when the body may be what settles the later promises (waiters triggered turn by turn)
    {
      code: `${decl}declare function waitForAck(id: string): Promise<number>; declare function send(id: string): void; async function f(ids: string[]) { const acks = ids.map((id) => waitForAck(id)); for (const ack of acks) { send('next'); await ack; } }`,
      errors: [{ messageId: 'sequentialLoop', line: 3, column: 198, endLine: 3, endColumn: 202, suggestions: [] }],
    },
    // storing each value in an array settles nothing: still offered, on one line or several
    {
      code: `${decl}async function f(ids: string[]) { const ps = ids.map(load); const results: number[] = []; for (const p of ps) results.push(await p); return results; }`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 3,
          column: 107,
          endLine: 3,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output: `${decl}async function f(ids: string[]) { const ps = ids.map(load); const results: number[] = []; for (const p of await Promise.all(ps)) results.push(await p); return results; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(ids: string[]) {\n  const ps = ids.map(load);\n  for (const p of ps) {\n    await p;\n  }\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output: `${decl}async function f(ids: string[]) {\n  const ps = ids.map(load);\n  for (const p of await Promise.all(ps)) {\n    await p;\n  }\n}`,
            },
          ],
        },
      ],
    },
    // no handler is attached to thenables that are not promises: calling their `then` may run them
    {
      code: `declare function query(): PromiseLike<number>;\n${decl}async function f(tasks: Map<string, PromiseLike<number>>) { for (const [id, task] of tasks) console.log(id, await task); }`,
      options: [{ checkThenables: true }],
      errors: [{ messageId: 'sequentialLoop', line: 4, column: 86, endLine: 4, endColumn: 91, suggestions: [] }],
    },
    {
      code: `declare function query(): PromiseLike<number>;\n${decl}async function f(qs: PromiseLike<number>[]) { for (let i = 0; i < qs.length; i++) await save(await qs[i]!); }`,
      options: [{ checkThenables: true }],
      errors: [{ messageId: 'sequentialLoop', line: 4, column: 100, endLine: 4, endColumn: 105, suggestions: [] }],
    },
    {
      code: `declare function query(): PromiseLike<number>;\n${decl}async function f(x: boolean) { const q = query(); if (x) return 0; return q; }`,
      options: [{ checkThenables: true }],
      errors: [{ messageId: 'unobservedPath', line: 4, column: 38, endLine: 4, endColumn: 39, suggestions: [] }],
    },
    // pattern checks that must stay reported
    {
      code: `${decl}export async function yieldToWork() { const a = load('a'); await Promise.resolve(save(1)); return await a; }`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output:
                "declare function load(id: string): Promise<number>;\ndeclare function save(value: number): Promise<void>;\nexport async function yieldToWork() { const a = load('a'); a.catch(() => {}); await Promise.resolve(save(1)); return await a; }",
            },
          ],
        },
      ],
    },
    {
      code: `declare function waitForReply(id: number): Promise<string>;
declare function send(id: number, body: string): Promise<void>;
${decl}export async function call(id: number) {
  const reply = waitForReply(id);
  await send(id, 'ping');
  await save(1);
  return await reply;
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output:
                "declare function waitForReply(id: number): Promise<string>;\ndeclare function send(id: number, body: string): Promise<void>;\ndeclare function load(id: string): Promise<number>;\ndeclare function save(value: number): Promise<void>;\nexport async function call(id: number) {\n  const reply = waitForReply(id);\n  reply.catch(() => {});\n  await send(id, 'ping');\n  await save(1);\n  return await reply;\n}",
            },
          ],
        },
      ],
    },
    {
      code: `declare function waitForReply(id: number): Promise<string>;
declare function send(id: number, body: string): Promise<void>;
export async function call(id: number, other: number) {
  const reply = waitForReply(id);
  await send(other, 'ping');
  return await reply;
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output:
                "declare function waitForReply(id: number): Promise<string>;\ndeclare function send(id: number, body: string): Promise<void>;\nexport async function call(id: number, other: number) {\n  const reply = waitForReply(id);\n  reply.catch(() => {});\n  await send(other, 'ping');\n  return await reply;\n}",
            },
          ],
        },
      ],
    },
    {
      code: `${decl}export async function both() {
  const a = load('a');
  const b = load('b');
  const c = load('c');
  try {
    await Promise.all([a, b]);
  } finally {
    await save(0);
  }
  return c;
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output:
                "declare function load(id: string): Promise<number>;\ndeclare function save(value: number): Promise<void>;\nexport async function both() {\n  const a = load('a');\n  const b = load('b');\n  const c = load('c');\n  c.catch(() => {});\n  try {\n    await Promise.all([a, b]);\n  } finally {\n    await save(0);\n  }\n  return c;\n}",
            },
          ],
        },
      ],
    },
    {
      code: `${decl}export async function maybe(n: number) {
  const a = load('a');
  for (let attempt = 0; attempt < n; attempt++) {
    return await a;
  }
  return 0;
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output:
                "declare function load(id: string): Promise<number>;\ndeclare function save(value: number): Promise<void>;\nexport async function maybe(n: number) {\n  const a = load('a');\n  a.catch(() => {});\n  for (let attempt = 0; attempt < n; attempt++) {\n    return await a;\n  }\n  return 0;\n}",
            },
          ],
        },
      ],
    },
    {
      code: `${decl}export async function inOrder(ids: string[]) { const ps = ids.map(load); for (const p of ps) console.log(typeof p); for (const p of ps) await save(await p); }`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 3,
          column: 133,
          endLine: 3,
          endColumn: 135,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output:
                'declare function load(id: string): Promise<number>;\ndeclare function save(value: number): Promise<void>;\nexport async function inOrder(ids: string[]) { const ps = ids.map(load); for (const p of ps) console.log(typeof p); for (const p of await Promise.all(ps)) await save(await p); }',
            },
          ],
        },
      ],
    },
    {
      // in a test, the window matters for a promise the test expects may reject: its early rejection is reported as unhandled
      code: `import { expect, it } from 'vitest';
${workerDecl}${decl}it('fails without a listener', async () => {
  const done = new Promise<void>((resolve, reject) => {
    worker.on('completed', () => resolve());
    if (!worker.listenerCount('failed')) reject(new Error('no listener'));
  });
  await save(1);
  await expect(done).rejects.toThrow('no listener');
});`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output:
                "import { expect, it } from 'vitest';\nimport type { EventEmitter } from 'node:events';\ndeclare const worker: EventEmitter;\ndeclare function after<T extends unknown[]>(count: number, fn: (...args: T) => void): (...args: T) => void;\ndeclare function load(id: string): Promise<number>;\ndeclare function save(value: number): Promise<void>;\nit('fails without a listener', async () => {\n  const done = new Promise<void>((resolve, reject) => {\n    worker.on('completed', () => resolve());\n    if (!worker.listenerCount('failed')) reject(new Error('no listener'));\n  });\n  done.catch(() => {});\n  await save(1);\n  await expect(done).rejects.toThrow('no listener');\n});",
            },
          ],
        },
      ],
    },
    {
      // a scheduler's job with a signal: aborting it rejects the stored promise while the function waits
      code: `${decl}${poolDecl}async function f(controller: AbortController) {\n  const ready = pool.add(async () => 'ready', { signal: controller.signal });\n  await save(1);\n  return await ready;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}${poolDecl}async function f(controller: AbortController) {\n  const ready = pool.add(async () => 'ready', { signal: controller.signal });\n  ready.catch(() => {});\n  await save(1);\n  return await ready;\n}`,
            },
          ],
        },
      ],
    },
  ],
});
