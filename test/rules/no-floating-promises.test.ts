import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

const decl = `declare function send(msg: string): Promise<void>;
declare function load(id: string): Promise<number>;
`;
const emitterDecl = `import { EventEmitter } from 'node:events';\nconst bus = new EventEmitter();\n`;

/** A scheduler whose promise settles with its job's outcome; `signal` and `timeout` can cancel a job. */
const poolDecl = `type Job<R> = ((slot: { id: number }) => PromiseLike<R>) | ((slot: { id: number }) => R);
interface JobOptions { priority?: number; signal?: AbortSignal; timeout?: number }
declare class Pool { constructor(options?: { size?: number; timeout?: number }); timeout?: number; add<R>(job: Job<R>, options?: JobOptions): Promise<R> }
declare function later(ms: number): Promise<void>;
const pool = new Pool({ size: 2 });
`;

/** The two suggestions of a floating statement `statement;` that appears once in `code`. */
const floatingSuggestions = (code: string, statement: string) => [
  {
    messageId: 'suggestCatch' as const,
    output: code.replace(`${statement};`, `${statement}.catch((error: unknown) => { console.error(error); });`),
  },
  { messageId: 'suggestVoid' as const, output: code.replace(`${statement};`, `void ${statement};`) },
];

/** A scheduler's tasks calling methods of this program that can throw. */
const tickerCode = `${poolDecl}declare function audit(id: number): void;
class Ticker {
  private paused = false;
  pause(id: number): void { if (id < 0) throw new RangeError('bad id'); this.paused = true; }
  record(id: number): void { audit(id); }
}
export function enqueue(ticker: Ticker): void {
  pool.add(() => { ticker.pause(1); });
  pool.add(() => { ticker.record(2); });
}`;

typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // A callback handing back the receiver of a fluent method typed `this` (`() => dest.run()`) returns a promise that exists; it starts none.
    `import { EventEmitter } from 'node:events';
class ShellTask extends Promise<string> {
  run(): this {
    return this;
  }
  restart(): Promise<void> {
    return Promise.resolve();
  }
}
export function pipeWhenStarted(source: EventEmitter, dest: ShellTask): ShellTask {
  source.once('start', () => dest.run());
  return dest;
}`,
    // `.then()` without callbacks has the outcome of its source: a reader loop that catches everything cannot reject.
    `declare const transport: AsyncIterable<Uint8Array>;
declare function parse(chunk: Uint8Array): void;
function startReader() {
  (async () => {
    try {
      for await (const chunk of transport) parse(chunk);
    } catch (err) {
      console.log('reader closed', err);
    }
  })().then();
}`,
    // (1) the untyped callback parameter of a JavaScript-style mock
    `export class FakeSocket {
  // @ts-expect-error loosely typed, as in a JavaScript-style mock
  end(callback): void {
    Promise.resolve().then(callback);
  }
}`,
    // (1) a microtask scheduler firing an event other than error, and one running a callback parameter declared without a type (loosely typed mock code)
    `import { EventEmitter } from 'node:events';

export class FakeSocket extends EventEmitter {
  end(callback: () => void): void {
    Promise.resolve().then(callback);
  }
  close(): void {
    Promise.resolve().then(() => this.emit('close'));
  }
}`,
    // in a test, a continuation on promises that cannot reject whose callback neither asserts nor throws in its own body (the assertion sits in the ack callback it hands on, which runs outside the chain)
    `import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
function waitFor(emitter: EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) => {
    emitter.once(event, () => resolve());
  });
}
declare const io: { emit(event: string, ack: (error: Error | null) => void): void };
it('acknowledges once both peers joined', () =>
  new Promise<void>((done) => {
    const a = new EventEmitter();
    const b = new EventEmitter();
    Promise.all([waitFor(a, 'joined'), waitFor(b, 'joined')]).then(() => {
      io.emit('go', (error) => {
        expect(error).toBe(null);
        done();
      });
    });
    a.emit('joined');
    b.emit('joined');
  }));`,
    // an async method with no await whose body only reads present values, a map and aborts a controller (abort listeners that throw are reported by the target, not thrown into the caller) cannot reject
    `interface Cancelled { params: { requestId?: number; reason?: string } }
declare function onNotification(name: string, handler: (notification: Cancelled) => void): void;
export class Protocol {
  private readonly controllers = new Map<number, AbortController>();
  constructor() {
    onNotification('cancelled', (notification) => {
      this.cancel(notification);
    });
  }
  private async cancel(notification: Cancelled): Promise<void> {
    if (notification.params.requestId === undefined) return;
    const controller = this.controllers.get(notification.params.requestId);
    controller?.abort(notification.params.reason);
  }
}`,
    // `.finally` on a promise that cannot reject, with a callback that catches its own errors: a deliberate hook
    `declare const controller: { close(): void };
export function merge(pending: Promise<void>[]): void {
  const drained: Promise<void> = new Promise((resolve) => {
    setTimeout(resolve, 10);
  });
  drained.finally(() => {
    try {
      controller.close();
    } catch {
      // already closed
    }
  });
}`,
    // a deferred kept on the instance that nothing in the program rejects: its promise only fulfils, and the chain's callback only logs and schedules
    `declare global {
  interface PromiseWithResolvers<T> { promise: Promise<T>; resolve(value: T): void; reject(reason?: unknown): void }
  interface PromiseConstructor { withResolvers<T>(): PromiseWithResolvers<T> }
}
declare const logger: { verbose(message: string): void };
type Handle = { id: number };
export class SocketController {
  protected pendingConnection: PromiseWithResolvers<Handle> = Promise.withResolvers();
  private readonly queue: string[] = [];
  reset(): void {
    this.pendingConnection = Promise.withResolvers();
    this.pendingConnection.promise.then(() => {
      logger.verbose('connection resolved');
      process.nextTick(() => this.queue.push('flush'));
    });
  }
  connected(handle: Handle): void {
    this.pendingConnection.resolve(handle);
  }
}`,
    // a type-test file (vitest typecheck, tsd) is only compiled, never run: nothing in it can reject
    {
      code: `declare function generate(prompt: string): Promise<string>;
generate('hello');`,
      filename: 'generate.test-d.ts',
    },
    // a dual API called without a value on purpose (a type error): the callback still takes the rejection, as the API's last parameter in its forms
    `type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
}
export function missingValue(client: Client, done: (error?: Error | null) => void): void {
  // @ts-expect-error the value is left out on purpose: the server answers with an error
  client.set('foo', (err?: Error | null) => done(err ? null : new Error('expected an error')));
}`,
    // a nodeback typed as a union of an error form and a success form taking null first also receives the rejection
    `type Nodeback<T> = ((err: null, value: T) => void) | ((err: Error) => void);
declare function asCallback<T>(promise: Promise<T>, nodeback: Nodeback<T>): Promise<T>;
declare function run(): Promise<number>;
export function start(done: (err: Error | null, value?: number) => void): void {
  asCallback(run(), done);
}`,
    // a dual API: given an error-first callback (also through a tuple rest), the client hands the promise's rejection to it
    `type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
  del(...args: [...keys: string[], callback: Callback<number>]): Promise<number>;
}
export function read(client: Client, key: string, done: (value: string | null) => void): void {
  client.get(key, (err, value) => {
    if (err) console.error(err);
    done(value ?? null);
  });
  client.del('a', 'b', (err) => {
    if (err) console.error(err);
  });
}`,
    // a scheduler's promise is its job's: jobs that cannot reject, no signal or timeout (look-alikes below, "scheduler")
    `${poolDecl}export function enqueue(log: string[]): void {
  pool.add(async () => 'ready');
  pool.add(() => undefined);
  pool.add(() => { log.push('ran'); return 'ran'; }, { priority: 1 });
  pool.add(async () => { let count = 0; count += 1; });
  pool.add(() => new Promise<void>((resolve) => { setTimeout(resolve, 5); }));
  pool.add(async () => { try { await later(5); } catch { log.push('failed'); } });
}`,
    // scheduler: a task that destructures only plain values (its own id) is handed no resource
    `${poolDecl}export function enqueue(): void {
  pool.add(async ({ id }) => id);
}`,
    // scheduler: a destructured element the task never reads brings nothing in (look-alike in invalid: it reads `connection`)
    `declare class Db { run<R>(task: (handle: { connection: { id: number }; attempt: number }) => Promise<R>): Promise<R> }
declare const db: Db;
export function enqueue(): void {
  db.run(async ({ connection, attempt }) => attempt + 1);
}`,
    // scheduler: a task reading a property its handed slot does not have (a type error) reads `undefined`, nothing acquired
    `${poolDecl}export function enqueue(): void {
  pool.add(async ({ label }) => label);
}`,
    // scheduler: a signal whose controller nothing aborts (it is only read, here to count listeners) cannot cancel the job
    `${poolDecl}declare function listeners(signal: AbortSignal): number;
export function enqueue(): number {
  const controller = new AbortController();
  pool.add(async () => 'ready', { signal: controller.signal });
  return listeners(controller.signal);
}`,
    // a task that only records its run cannot reject: its scheduler's promise cannot either (look-alike in invalid: the task also sends)
    `${decl}declare const queue: { add<T>(task: () => Promise<T>): Promise<T> };\ndeclare function delay(ms: number): Promise<void>;\nexport async function checkRateLimit() {\n  let ran = false;\n  queue.add(async () => {\n    ran = true;\n  });\n  await delay(100);\n  return ran;\n}`,
    // the same for a job declared as a local function, and for a generic limiter function
    `${poolDecl}declare function limit<T>(fn: () => T | PromiseLike<T>): Promise<T>;
function tick(): number { return 1; }
export function enqueue(): void {
  pool.add(tick);
  limit(async () => 'done');
}`,
    // scheduler: a task that calls methods of this program whose bodies cannot throw (a field write, a
    // helper that only counts), and the standard library's collection and clock methods
    // (look-alike in invalid: the helper validates and throws)
    `${poolDecl}class Ticker {
  private paused = false;
  private ticks: number[] = [];
  pause(): void { this.paused = true; }
  record(at: number): void { this.ticks.push(at); }
}
const seen = new Set<number>();
function mark(id: number): void { seen.add(id); }
export function enqueue(ticker: Ticker, stamps: number[]): void {
  pool.add(() => { ticker.pause(); });
  pool.add(() => { ticker.record(Date.now()); mark(Math.max(1, stamps.length)); });
  pool.add(() => { stamps.push(Date.now()); });
}`,
    // a rejection on purpose (the library surfaces an error nobody listened for): \`strict\` reports it
    `export function surface(error: Error) {\n  Promise.reject(error);\n  new Promise((resolve, reject) => reject(error));\n}`,
    // entry script: a rejection at the top level prints the error and exits non-zero, as a script should fail
    `#!/usr/bin/env node\nasync function main(): Promise<void> {\n  await Promise.reject(new Error('no config'));\n}\nmain();\nexport {};`,
    // test code: a stored wait on the same queue, awaited later among others
    `import { test } from 'node:test';
declare class Queue { add(task: () => Promise<string>): Promise<string>; onPendingZero(): Promise<void> }
test('settles to zero', async () => {
  const queue = new Queue();
  queue.add(async () => 'a');
  const first = queue.onPendingZero();
  const second = queue.onPendingZero();
  await Promise.all([first, second]);
});`,
    // test code: the test waits for the queue itself later, which covers the task; the runner reports its failure
    `import { test } from 'node:test';
declare class Queue { add(task: () => Promise<string>): Promise<string>; onIdle(): Promise<void> }
test('runs every task', async () => {
  const queue = new Queue();
  queue.add(async () => 'a');
  await queue.onIdle();
});`,
    // test code: a service loop the test stops itself (here in a hook); waiting for it would hang the test
    `import { afterEach, test } from 'node:test';
declare class Worker { run(): Promise<void>; close(): Promise<void> }
let worker: Worker;
afterEach(async () => { await worker.close(); });
test('processes jobs', async () => {
  worker = new Worker();
  worker.run();
});`,
    // (1) a microtask scheduler: the chain starts fulfilled and its callback only calls a callback it was handed
    `export function defer(callback: () => void): void { Promise.resolve().then(() => callback()); }`,
    `export class Batcher { private flush: () => void = () => undefined; schedule(): void { Promise.resolve().then(() => { this.flush(); }); } }`,
    `export function defer(callback?: () => void): void { Promise.resolve().then(() => callback?.()); }`,
    `export function defer(callback: () => void): void { Promise.resolve().then(callback); }`,
    // (1) a mock's untyped `Function` callback run on a microtask, as a browser API would (look-alike in invalid: a declared promise return)
    `export const startTransition = (update: Function): { done: Promise<void> } => {
  Promise.resolve().then(() => update());
  return { done: Promise.resolve() };
};`,
    // (2) a handler variable that a synchronous executor has always assigned before it is used
    `${decl}export function settleWith(job: Promise<number>): Promise<number> {
  let fail: ((error: unknown) => void) | undefined;
  const outcome = new Promise<number>((_resolve, reject) => { fail = reject; });
  job.catch(fail);
  return outcome;
}`,
    `${decl}export function relay(job: Promise<number>): Promise<unknown> {
  let pass: ((error: unknown) => void) | undefined;
  const failure = new Promise<unknown>((settle) => (pass = settle));
  job.then(() => undefined, pass);
  return failure;
}`,
    // (2) a test double: callable and constructible at once
    `import { vi } from 'vitest';\n${decl}const onError = vi.fn();\nsend('a').catch(onError);\nsend('b').then(() => 1, vi.fn());`,
    `${decl}declare const onError: { mock: { calls: unknown[][] } } & { (error: unknown): void; new (error: unknown): object };
send('a').catch(onError);`,
    // (3) awaits that cannot reject: an already fulfilled promise, plain values, a resolve-only deferred
    `let ticks = 0;
const ready = new Promise<void>((resolve) => { setTimeout(resolve, 10); });
async function tick(): Promise<void> { await Promise.resolve(); await ticks; await ready; ticks += 1; }
export function pump(): void { tick(); }`,
    // (3) async callbacks that do no asynchronous work and cannot throw
    `let seen = 0; declare const items: string[]; items.forEach(async () => { seen++; });`,
    `export const later = new Promise<void>((resolve) => { setTimeout(async () => { resolve(); }, 10); });`,
    // (3) a tracing wrapper rejects only when its callback does: judged by the callback
    `${decl}declare function openSpan(name: string): { end(): void; fail(error: unknown): void };
async function traced<T>(name: string, work: () => Promise<T>): Promise<T> {
  const span = openSpan(name);
  try { return await work(); } catch (error) { span.fail(error); throw error; } finally { span.end(); }
}
export function flush(): void { traced('flush', async () => { try { await send('a'); } catch (error) { console.error(error); } }); }`,
    // (3) a \`finally\` that never completes: whatever the \`try\` rejected with is never seen
    `${decl}async function main(): Promise<void> { try { await send('a'); } finally { process.exit(0); } }
main();`,
    // (3) library promises documented never to reject
    `import { Worker } from 'node:worker_threads'; export function stop(worker: Worker): void { worker.terminate(); }`,
    // (7) a helper that hands back the promise it was given starts nothing
    `${decl}declare const pending: Set<Promise<unknown>>;
function track<T>(promise: Promise<T>): Promise<T> { pending.add(promise); return promise; }
export class Client { ready: Promise<void> = send('a'); init(): void { track(this.ready); } }`,
    // (17) an error caught and returned as a value
    `${decl}async function attempt(work: () => Promise<void>): Promise<unknown> { try { await work(); return undefined; } catch (error) { return error; } }
export function f(): void { attempt(() => send('a')); }`,
    // (19) resolve-only deferreds built by a local helper, and a sleep that only resolves
    `let opened = false;
function deferred<T>() { let resolve!: (value: T) => void; const promise = new Promise<T>((settle) => { resolve = settle; }); return { promise, resolve }; }
export function open(): void { const gate = deferred<void>(); gate.promise.then(() => { opened = true; }); gate.resolve(); }`,
    // a deferred that hands out its reject too, which this holder never uses (or the promise taken off the call)
    `let opened = false;
function createDeferred<T = void>() {
  let resolve: (value: T) => void;
  let reject: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve: resolve!, reject: reject! };
}
export function open(): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }); gate.resolve(); }
export function later(): void { createDeferred().promise.then(() => { opened = true; }); }`,
    `let woke = false;
function sleep(ms: number): Promise<void> { return new Promise((resolve) => setTimeout(resolve, ms)); }
export function nap(): void { sleep(10).then(() => { woke = true; }); }`,
    // (20) an expression-bodied timer callback whose chain ends in the executor's own settle functions
    `${decl}export function delayed(id: string) { return new Promise<number>((resolve, reject) => setTimeout(() => load(id).then(resolve, reject), 300)); }`,
    `${decl}export function delayed(id: string) { return new Promise<number>((resolve, reject) => setTimeout(() => load(id).then((value) => resolve(value), (error: unknown) => reject(error)), 300)); }`,
    // a timer callback whose chain ends in the executor's own `reject`: the promise it returns cannot reject
    `${decl}export function delayed(id: string) { return new Promise<number>((resolve, reject) => setTimeout(() => load(id).then(resolve).catch(reject), 300)); }`,
    // awaited, returned, handled
    `${decl}async function f() { await send('a'); }`,
    `${decl}function f() { return send('a'); }`,
    `${decl}function f() { send('a').catch(() => {}); }`,
    `${decl}function f() { send('a').then(() => 1, (error: unknown) => console.error(error)); }`,
    `${decl}function f() { send('a').catch(console.error).finally(() => {}); }`,
    `${decl}function f() { void send('a'); }`,
    // assignments hand the promise to a variable (no-unobserved-promise tracks locals)
    `${decl}let pending: Promise<void> | undefined; function f() { pending = send('a'); }`,
    // not promises
    'declare function log(msg: string): void; log("x");',
    'declare const value: any; value.then();',
    'declare const value: unknown; async function f() { value; }',
    // a thenable that is not a Promise (query builders, PromiseLike) is ignored unless checkThenables
    'declare const job: PromiseLike<number>; job.then(() => {});',
    `declare const query: { then(ok: (rows: string[]) => void): void; where(field: string): typeof query };
query.where('id');`,
    // handled after an optional chain
    `declare const api: { send?: () => Promise<void> }; api.send?.().catch(() => {});`,
    // helpers proven unable to reject (body all inside try/catch), in this file and another
    `async function safe() { try { await Promise.reject(new Error('x')); } catch (error) { console.error(error); } }
function f() { safe(); }`,
    `import { safeNotify } from './helpers.js'; function f() { safeNotify('hi'); }`,
    `${decl}function f() { send('a').catch(() => null).finally(() => undefined); }`,
    // async IIFE whose whole body is guarded
    `${decl}(async () => { try { await send('a'); } catch (error) { console.error(error); } })();`,
    { code: `${decl}(async () => { await send('a'); })();`, options: [{ ignoreIIFE: true }] },
    // allow-listed by name
    { code: `${decl}send('a');`, options: [{ allowList: ['send'] }] },
    { code: `${decl}send('a');`, options: [{ allowList: [{ from: 'file', name: 'send' }] }] },
    // node:test's top-level functions are tracked by the runner
    `import { test, describe } from 'node:test';
describe('suite', () => { test('case', async () => {}); });
test('top', async () => {});`,
    // callbacks where a promise is expected
    `${decl}declare function retry(fn: () => Promise<void>): Promise<void>; async function f() { await retry(async () => { await send('a'); }); }`,
    `${decl}const handlers: Array<() => Promise<void>> = []; handlers.push(async () => { await send('a'); });`,
    // async callback that cannot reject, where the promise is ignored
    `${decl}declare const items: string[]; items.forEach(async (item) => { try { await send(item); } catch (error) { console.error(error); } });`,
    `${decl}setTimeout(async () => { try { await send('a'); } catch { /* reported elsewhere */ } }, 10);`,
    {
      code: `${decl}declare const items: string[]; items.forEach(async (item) => { await send(item); });`,
      options: [{ checkIgnoredCallbacks: false }],
    },
    // sync callbacks are fine
    `declare const items: string[]; items.forEach((item) => console.log(item));`,
    // class method awaiting its own calls
    `${decl}class Worker { async run() { await this.step(); } step() { return send('x'); } }`,
    // top-level await in a module
    `${decl}await send('a');`,
    // DOM-style APIs whose callbacks may return promises stay quiet
    `${decl}declare function onIdle(callback: () => any): void;\nonIdle(async () => { await send('idle'); });`,
    // helpers that cannot reject, with a guard or a flag write outside their try
    `declare function work(): Promise<void>;
declare function report(error: unknown): void;
export class Job {
  private started = false;
  async start() { if (this.started) return; this.started = true; try { await work(); } catch (error) { report(error); } }
  async probe() { try { await work(); return true; } catch { /* offline */ } return false; }
  kick() {
    this.start();
    this.probe();
    (async () => { let attempts: number | undefined; try { attempts = 1; await work(); } catch (error) { report(error); } })();
  }
}`,
    // no new promise: taken out of a queue, or the same object returned by a fluent method
    `export class Pending { readonly list: Promise<void>[] = []; forget(p: Promise<void>) { this.list.splice(this.list.indexOf(p), 1); } }`,
    `interface Req extends Promise<string> { on(event: string, listener: () => void): this }
declare function request(): Req;
export async function progress() { const p = request(); p.on('progress', () => {}); return await p; }`,
    `${decl}export function decorate() { const p = load('x'); Object.defineProperties(p, { cancel: { value: () => {} } }); return p; }`,
    // finally waits for the promise its callback returns
    `${decl}declare const done: Promise<void>;\nexport const settled = done.finally(() => send('cleanup'));`,
    // overloads: a later signature takes a promise-returning callback (mocha's it(title, fn: AsyncFunc))
    `type Done = (error?: unknown) => void;
interface TestFunction { (title: string, fn?: (done: Done) => void): void; (title: string, fn?: () => PromiseLike<unknown>): void }
declare const it: TestFunction;
${decl}it('saves', async () => { await send('x'); });`,
    // removing a listener never calls it
    `${decl}import { EventEmitter } from 'node:events';
declare const target: EventTarget;
const bus = new EventEmitter();
const onChange = async () => { await send('change'); };
export function stop() { target.removeEventListener('change', onChange); bus.off('change', onChange); }`,
    // a continuation on a promise that cannot reject, whose callback cannot throw
    `let resolved: string | undefined;
export function schedule() {
  const deferred = new Promise<string>((resolve) => setTimeout(() => resolve('done'), 10));
  deferred.then((value) => { resolved = value; });
}`,
    // taking a tuple that holds a promise off a stack starts nothing
    `const stack: [number, Promise<void>][] = [];
export function run(callback: () => void) { stack.push([1, Promise.resolve()]); try { callback(); } finally { stack.pop(); } }`,
    // lazy query builders (thenables, not promises) returned from callbacks, with checkThenables off
    `interface Builder extends Pick<Promise<unknown[]>, 'then' | 'catch' | 'finally'> { where(callback: (builder: Builder) => void): Builder; whereNull(column: string): Builder }
declare function table(name: string): Builder;
export async function active() { return table('tokens').where((builder) => builder.whereNull('expires_at')); }`,
    // an async wrapper that only awaits a helper that cannot reject cannot reject either
    `import { EventEmitter } from 'node:events';
declare function fetchData(): Promise<string>;
async function load() { try { await fetchData(); } catch (error) { console.error(error); } }
async function onUpdate() { await load(); }
export function start(bus: EventEmitter) { bus.on('update', onUpdate); setTimeout(async () => { await load(); }, 10); onUpdate(); }`,
    // bookkeeping before the guarded body (a timer, a push on this) does not throw
    `declare function isPaused(): Promise<boolean>;
export class Scheduler {
  private timers: ReturnType<typeof setInterval>[] = [];
  async schedule(job: () => Promise<unknown>, ms: number): Promise<void> {
    const runJob = async () => { try { if (!(await isPaused())) await job(); } catch (error) { console.error(error); } };
    this.timers.push(setInterval(runJob, ms));
    try { await runJob(); } catch (error) { console.error(error); }
  }
}
export function startJobs(scheduler: Scheduler, cleanup: () => Promise<void>) { scheduler.schedule(cleanup, 60_000); }`,
    // a logical expression whose narrowed type cannot be a promise
    `${decl}async function f() { let ready = false; ready && send('a'); ready = true; ready || send('b'); }`,
    // allow-listed promise types, also as array elements
    {
      code: `type Tracked<T> = Promise<T> & { label?: string };\ndeclare const jobs: Tracked<void>[];\njobs;`,
      options: [{ allowList: [{ from: 'file', name: 'Tracked' }] }],
    },
    // a re-exported test function allow-listed by the name written at the call site
    {
      code: `import { it } from 'node:test';\nit('works', () => {});`,
      options: [{ allowTestFrameworkCalls: false, allowList: [{ from: 'package', package: 'node:test', name: 'it' }] }],
    },
    // a generic instantiation that overflows TypeScript's checker on first request (microsoft/TypeScript#63441)
    `interface Chain<P> { next: () => Chain<P> }
declare const make: () => { next: <T>() => Chain<T> };
function wrap<T>(get: () => Chain<T>) { return get; }
(async () => {
  wrap(() => {
    const node = make();
    return wrap<typeof node.next<any>>(node.next);
  });
})().catch(() => {});`,
    // valid syntax that is a type error must not crash
    `${decl}async function f() { undefinedFunction(); }`,
    // async callbacks and IIFEs whose awaits all sit in a try whose catch does not rethrow cannot reject:
    // plain calls around the try (resolve(), response.end()) and in the catch (reject, emit('error'), logging) are fine
    `${emitterDecl}${decl}declare function check(value: number): void;\nexport function waitForDone(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    bus.once('done', async (value: number) => {\n      try { check(value); await send('ack'); } catch (error) { reject(error); }\n      resolve();\n    });\n  });\n}`,
    `${decl}declare const response: { end(): void };\n(async () => { try { await send('body'); } catch {} response.end(); })();`,
    // guarded try inside an if or a loop; an awaited promise that already has a handler
    `${decl}import { EventEmitter } from 'node:events';\nexport class Watcher extends EventEmitter {\n  failures = 0;\n  start(): void {\n    this.on('tick', async (n: number) => {\n      if (n < 2) return;\n      try { await send(String(n)); } catch (error) { this.failures += 1; console.error(error); this.emit('error', error); }\n    });\n  }\n}`,
    `${emitterDecl}${decl}bus.on('batch', async (ids: string[]) => {\n  for (const id of ids) {\n    console.log('moving', id);\n    try { await load(id); } catch (error) { bus.emit('error', error); }\n  }\n});`,
    `${emitterDecl}${decl}bus.on('flush', async () => { await send('a').catch(() => {}); console.log('flushed'); });`,
    // awaits in the catch are best-effort error handling, trusted like the calls there
    `${emitterDecl}${decl}bus.on('job', async (id: string) => { try { await send(id); } catch (error) { await send('failed'); console.error(error); } });`,
    // the functions Promise.withResolvers() hands out never throw either
    `${decl}export function deferred(): Promise<void> {\n  const { promise, resolve, reject } = Promise.withResolvers<void>();\n  setTimeout(async () => { try { await send('x'); resolve(); } catch (error) { reject(error); } }, 10);\n  return promise;\n}`,
  ],
  invalid: [
    // A method of the same object that returns a new promise is an ignored async callback.
    {
      code: `import { EventEmitter } from 'node:events';
class ShellTask extends Promise<string> {
  run(): this {
    return this;
  }
  restart(): Promise<void> {
    return Promise.reject(new Error('not running'));
  }
}
export function restartWhenStarted(source: EventEmitter, dest: ShellTask): ShellTask {
  source.once('start', () => dest.restart());
  return dest;
}`,
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 11,
          column: 24,
          endLine: 11,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { EventEmitter } from 'node:events';
class ShellTask extends Promise<string> {
  run(): this {
    return this;
  }
  restart(): Promise<void> {
    return Promise.reject(new Error('not running'));
  }
}
export function restartWhenStarted(source: EventEmitter, dest: ShellTask): ShellTask {
  source.once('start', () => dest.restart().catch((error: unknown) => { source.emit('error', error); }));
  return dest;
}`,
            },
          ],
        },
      ],
    },
    // The same marker on a reader loop that does not catch is still a dropped rejection.
    {
      code: `declare const transport: AsyncIterable<Uint8Array>;
declare function parse(chunk: Uint8Array): void;
function startReader() {
  (async () => {
    for await (const chunk of transport) parse(chunk);
  })().then();
}`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const transport: AsyncIterable<Uint8Array>;
declare function parse(chunk: Uint8Array): void;
function startReader() {
  (async () => {
    for await (const chunk of transport) parse(chunk);
  })().then().catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare const transport: AsyncIterable<Uint8Array>;
declare function parse(chunk: Uint8Array): void;
function startReader() {
  void (async () => {
    for await (const chunk of transport) parse(chunk);
  })().then();
}`,
            },
          ],
        },
      ],
    },
    // (1) a handed callback declared to return a promise: its rejection passes down the chain
    {
      code: `export class FakeSocket {
  end(callback: () => Promise<void>): void {
    Promise.resolve().then(callback);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `export class FakeSocket {
  end(callback: () => Promise<void>): void {
    Promise.resolve().then(callback).catch((error: unknown) => { console.error(error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `export class FakeSocket {
  end(callback: () => Promise<void>): void {
    void Promise.resolve().then(callback);
  }
}`,
            },
          ],
        },
      ],
    },
    // (1) emit('error') throws by itself when nobody listens: the chain can reject
    {
      code: `import { EventEmitter } from 'node:events';

export class FakeSocket extends EventEmitter {
  fail(): void {
    Promise.resolve().then(() => this.emit('error', new Error('reset')));
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { EventEmitter } from 'node:events';

export class FakeSocket extends EventEmitter {
  fail(): void {
    Promise.resolve().then(() => this.emit('error', new Error('reset'))).catch((error: unknown) => { this.emit('error', error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { EventEmitter } from 'node:events';

export class FakeSocket extends EventEmitter {
  fail(): void {
    void Promise.resolve().then(() => this.emit('error', new Error('reset')));
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // the same continuation asserting in its own body: a failed assertion rejects the dropped chain, and the test loses it
      code: `import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
function waitFor(emitter: EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) => {
    emitter.once(event, () => resolve());
  });
}
declare const io: { emit(event: string, ack: (error: Error | null) => void): void };
it('acknowledges once both peers joined', () =>
  new Promise<void>((done) => {
    const a = new EventEmitter();
    const b = new EventEmitter();
    Promise.all([waitFor(a, 'joined'), waitFor(b, 'joined')]).then(() => {
      expect(a.listenerCount('joined')).toBe(0);
      io.emit('go', (error) => {
        expect(error).toBe(null);
        done();
      });
    });
    a.emit('joined');
    b.emit('joined');
  }));`,
      errors: [
        {
          messageId: 'floating',
          line: 13,
          column: 5,
          endLine: 19,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
function waitFor(emitter: EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) => {
    emitter.once(event, () => resolve());
  });
}
declare const io: { emit(event: string, ack: (error: Error | null) => void): void };
it('acknowledges once both peers joined', () =>
  new Promise<void>((done) => {
    const a = new EventEmitter();
    const b = new EventEmitter();
    Promise.all([waitFor(a, 'joined'), waitFor(b, 'joined')]).then(() => {
      expect(a.listenerCount('joined')).toBe(0);
      io.emit('go', (error) => {
        expect(error).toBe(null);
        done();
      });
    }).catch((error: unknown) => { console.error(error); });
    a.emit('joined');
    b.emit('joined');
  }));`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
function waitFor(emitter: EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) => {
    emitter.once(event, () => resolve());
  });
}
declare const io: { emit(event: string, ack: (error: Error | null) => void): void };
it('acknowledges once both peers joined', () =>
  new Promise<void>((done) => {
    const a = new EventEmitter();
    const b = new EventEmitter();
    void Promise.all([waitFor(a, 'joined'), waitFor(b, 'joined')]).then(() => {
      expect(a.listenerCount('joined')).toBe(0);
      io.emit('go', (error) => {
        expect(error).toBe(null);
        done();
      });
    });
    a.emit('joined');
    b.emit('joined');
  }));`,
            },
          ],
        },
      ],
    },
    {
      // the same method also calls a function of unknown behaviour: it can throw, so the dropped promise can reject
      code: `interface Cancelled { params: { requestId?: number; reason?: string } }
declare function onNotification(name: string, handler: (notification: Cancelled) => void): void;
declare function audit(reason?: string): void;
export class Protocol {
  private readonly controllers = new Map<number, AbortController>();
  constructor() {
    onNotification('cancelled', (notification) => {
      this.cancel(notification);
    });
  }
  private async cancel(notification: Cancelled): Promise<void> {
    if (notification.params.requestId === undefined) return;
    const controller = this.controllers.get(notification.params.requestId);
    controller?.abort(notification.params.reason);
    audit(notification.params.reason);
  }
}`,
      errors: [
        {
          messageId: 'floating',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `interface Cancelled { params: { requestId?: number; reason?: string } }
declare function onNotification(name: string, handler: (notification: Cancelled) => void): void;
declare function audit(reason?: string): void;
export class Protocol {
  private readonly controllers = new Map<number, AbortController>();
  constructor() {
    onNotification('cancelled', (notification) => {
      this.cancel(notification).catch((error: unknown) => { console.error(error); });
    });
  }
  private async cancel(notification: Cancelled): Promise<void> {
    if (notification.params.requestId === undefined) return;
    const controller = this.controllers.get(notification.params.requestId);
    controller?.abort(notification.params.reason);
    audit(notification.params.reason);
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface Cancelled { params: { requestId?: number; reason?: string } }
declare function onNotification(name: string, handler: (notification: Cancelled) => void): void;
declare function audit(reason?: string): void;
export class Protocol {
  private readonly controllers = new Map<number, AbortController>();
  constructor() {
    onNotification('cancelled', (notification) => {
      void this.cancel(notification);
    });
  }
  private async cancel(notification: Cancelled): Promise<void> {
    if (notification.params.requestId === undefined) return;
    const controller = this.controllers.get(notification.params.requestId);
    controller?.abort(notification.params.reason);
    audit(notification.params.reason);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // `.finally` on a promise that can reject passes the rejection on: still floating
      code: `declare const controller: { close(): void };
declare function drain(): Promise<void>;
export function merge(): void {
  drain().finally(() => {
    controller.close();
  });
}`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare const controller: { close(): void };
declare function drain(): Promise<void>;
export function merge(): void {
  drain().finally(() => {
    controller.close();
  }).catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare const controller: { close(): void };
declare function drain(): Promise<void>;
export function merge(): void {
  void drain().finally(() => {
    controller.close();
  });
}`,
            },
          ],
        },
      ],
    },
    {
      // the same field deferred, but a method rejects it: its promise can reject, and the chain on it has no handler
      code: `declare global {
  interface PromiseWithResolvers<T> { promise: Promise<T>; resolve(value: T): void; reject(reason?: unknown): void }
  interface PromiseConstructor { withResolvers<T>(): PromiseWithResolvers<T> }
}
declare const logger: { verbose(message: string): void };
type Handle = { id: number };
export class SocketController {
  protected pendingConnection: PromiseWithResolvers<Handle> = Promise.withResolvers();
  reset(): void {
    this.pendingConnection.promise.then(() => {
      logger.verbose('connection resolved');
    });
  }
  connected(handle: Handle): void {
    this.pendingConnection.resolve(handle);
  }
  failed(error: Error): void {
    this.pendingConnection.reject(error);
  }
}`,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 5,
          endLine: 12,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare global {
  interface PromiseWithResolvers<T> { promise: Promise<T>; resolve(value: T): void; reject(reason?: unknown): void }
  interface PromiseConstructor { withResolvers<T>(): PromiseWithResolvers<T> }
}
declare const logger: { verbose(message: string): void };
type Handle = { id: number };
export class SocketController {
  protected pendingConnection: PromiseWithResolvers<Handle> = Promise.withResolvers();
  reset(): void {
    this.pendingConnection.promise.then(() => {
      logger.verbose('connection resolved');
    }).catch((error: unknown) => { console.error(error); });
  }
  connected(handle: Handle): void {
    this.pendingConnection.resolve(handle);
  }
  failed(error: Error): void {
    this.pendingConnection.reject(error);
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare global {
  interface PromiseWithResolvers<T> { promise: Promise<T>; resolve(value: T): void; reject(reason?: unknown): void }
  interface PromiseConstructor { withResolvers<T>(): PromiseWithResolvers<T> }
}
declare const logger: { verbose(message: string): void };
type Handle = { id: number };
export class SocketController {
  protected pendingConnection: PromiseWithResolvers<Handle> = Promise.withResolvers();
  reset(): void {
    void this.pendingConnection.promise.then(() => {
      logger.verbose('connection resolved');
    });
  }
  connected(handle: Handle): void {
    this.pendingConnection.resolve(handle);
  }
  failed(error: Error): void {
    this.pendingConnection.reject(error);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // look-alikes of the dual API: no callback given, and a callback that takes no error (a listener), leave the promise unwatched
      code: `type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
  watch(key: string, onChange: (value: string) => void): Promise<void>;
}
export function read(client: Client, key: string): void {
  client.get(key);
  client.watch(key, (value) => console.log(value));
}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
  watch(key: string, onChange: (value: string) => void): Promise<void>;
}
export function read(client: Client, key: string): void {
  client.get(key).catch((error: unknown) => { console.error(error); });
  client.watch(key, (value) => console.log(value));
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
  watch(key: string, onChange: (value: string) => void): Promise<void>;
}
export function read(client: Client, key: string): void {
  void client.get(key);
  client.watch(key, (value) => console.log(value));
}`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
  watch(key: string, onChange: (value: string) => void): Promise<void>;
}
export function read(client: Client, key: string): void {
  client.get(key);
  client.watch(key, (value) => console.log(value)).catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
  watch(key: string, onChange: (value: string) => void): Promise<void>;
}
export function read(client: Client, key: string): void {
  client.get(key);
  void client.watch(key, (value) => console.log(value));
}`,
            },
          ],
        },
      ],
    },
    // a deferred whose reject the holder uses, or hands on whole, can reject (look-alikes of the unused-reject deferred)
    {
      code: `let opened = false;
function createDeferred<T = void>() {
  let resolve: (value: T) => void;
  let reject: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve: resolve!, reject: reject! };
}
export function cancel(): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }); gate.reject(new Error('closed')); }
export function handOn(settle: (gate: { reject(error: unknown): void }) => void): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }); settle(gate); }`,
      errors: [
        {
          messageId: 'floating',
          line: 8,
          column: 65,
          endLine: 8,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `let opened = false;
function createDeferred<T = void>() {
  let resolve: (value: T) => void;
  let reject: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve: resolve!, reject: reject! };
}
export function cancel(): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }).catch((error: unknown) => { console.error(error); }); gate.reject(new Error('closed')); }
export function handOn(settle: (gate: { reject(error: unknown): void }) => void): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }); settle(gate); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `let opened = false;
function createDeferred<T = void>() {
  let resolve: (value: T) => void;
  let reject: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve: resolve!, reject: reject! };
}
export function cancel(): void { const gate = createDeferred(); void gate.promise.then(() => { opened = true; }); gate.reject(new Error('closed')); }
export function handOn(settle: (gate: { reject(error: unknown): void }) => void): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }); settle(gate); }`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 9,
          column: 121,
          endLine: 9,
          endColumn: 164,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `let opened = false;
function createDeferred<T = void>() {
  let resolve: (value: T) => void;
  let reject: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve: resolve!, reject: reject! };
}
export function cancel(): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }); gate.reject(new Error('closed')); }
export function handOn(settle: (gate: { reject(error: unknown): void }) => void): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }).catch((error: unknown) => { console.error(error); }); settle(gate); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `let opened = false;
function createDeferred<T = void>() {
  let resolve: (value: T) => void;
  let reject: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve: resolve!, reject: reject! };
}
export function cancel(): void { const gate = createDeferred(); gate.promise.then(() => { opened = true; }); gate.reject(new Error('closed')); }
export function handOn(settle: (gate: { reject(error: unknown): void }) => void): void { const gate = createDeferred(); void gate.promise.then(() => { opened = true; }); settle(gate); }`,
            },
          ],
        },
      ],
    },
    {
      // (1) the scheduled callback throws on purpose: the chain rejects
      code: `export function defer(callback: () => void): void {\n  Promise.resolve().then(() => { callback(); throw new Error('done'); });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `export function defer(callback: () => void): void {\n  Promise.resolve().then(() => { callback(); throw new Error('done'); }).catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `export function defer(callback: () => void): void {\n  void Promise.resolve().then(() => { callback(); throw new Error('done'); });\n}`,
            },
          ],
        },
      ],
    },
    {
      // (1) not a callback handed over: parsing can throw inside the chain
      code: `export function defer(text: string): void {\n  Promise.resolve().then(() => JSON.parse(text));\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `export function defer(text: string): void {\n  Promise.resolve().then(() => JSON.parse(text)).catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `export function defer(text: string): void {\n  void Promise.resolve().then(() => JSON.parse(text));\n}`,
            },
          ],
        },
      ],
    },
    {
      // (1) the handed callback returns a promise, which the chain adopts with its rejection
      code: `export function defer(callback: () => Promise<void>): void {\n  Promise.resolve().then(() => callback());\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `export function defer(callback: () => Promise<void>): void {\n  Promise.resolve().then(() => callback()).catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `export function defer(callback: () => Promise<void>): void {\n  void Promise.resolve().then(() => callback());\n}`,
            },
          ],
        },
      ],
    },
    {
      // (2) the handler is read before the executor assigns it
      code: `export function settleWith(job: Promise<number>): Promise<number> {\n  let fail: ((error: unknown) => void) | undefined;\n  job.catch(fail);\n  return new Promise<number>((_resolve, reject) => { fail = reject; });\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestFallbackHandler',
              output: `export function settleWith(job: Promise<number>): Promise<number> {\n  let fail: ((error: unknown) => void) | undefined;\n  job.catch(typeof fail === 'function' ? fail : (error: unknown) => { console.error(error); });\n  return new Promise<number>((_resolve, reject) => { fail = reject; });\n}`,
            },
          ],
        },
      ],
    },
    {
      // (2) the executor assigns the handler only on one branch
      code: `export function settleWith(job: Promise<number>, eager: boolean): Promise<number> {\n  let fail: ((error: unknown) => void) | undefined;\n  const outcome = new Promise<number>((_resolve, reject) => { if (eager) fail = reject; });\n  job.catch(fail);\n  return outcome;\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestFallbackHandler',
              output: `export function settleWith(job: Promise<number>, eager: boolean): Promise<number> {\n  let fail: ((error: unknown) => void) | undefined;\n  const outcome = new Promise<number>((_resolve, reject) => { if (eager) fail = reject; });\n  job.catch(typeof fail === 'function' ? fail : (error: unknown) => { console.error(error); });\n  return outcome;\n}`,
            },
          ],
        },
      ],
    },
    {
      // (2) a recorder object that cannot be called is no handler
      code: `${decl}declare const onError: { mock: { calls: unknown[][] } };\nsend('a').catch(onError);`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestFallbackHandler',
              output: `${decl}declare const onError: { mock: { calls: unknown[][] } };\nsend('a').catch(typeof onError === 'function' ? onError : (error: unknown) => { console.error(error); });`,
            },
          ],
        },
      ],
    },
    {
      // (3) one await that can reject is enough
      code: `${decl}let ticks = 0;\nasync function tick(): Promise<void> { await Promise.resolve(); await send('a'); ticks += 1; }\nexport function pump(): void {\n  tick();\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}let ticks = 0;\nasync function tick(): Promise<void> { await Promise.resolve(); await send('a'); ticks += 1; }\nexport function pump(): void {\n  tick().catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}let ticks = 0;\nasync function tick(): Promise<void> { await Promise.resolve(); await send('a'); ticks += 1; }\nexport function pump(): void {\n  void tick();\n}`,
            },
          ],
        },
      ],
    },
    {
      // (3) an async callback without awaits whose body can throw still rejects
      code: `declare const items: string[]; items.forEach(async (item) => { JSON.parse(item); });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `declare const items: string[]; items.forEach(async (item) => { try { JSON.parse(item); } catch (error: unknown) { console.error(error); } });`,
            },
          ],
        },
      ],
    },
    {
      // (3) a tracing wrapper handed a callback that can reject passes the rejection on
      code: `${decl}declare function openSpan(name: string): { end(): void; fail(error: unknown): void };\nasync function traced<T>(name: string, work: () => Promise<T>): Promise<T> {\n  const span = openSpan(name);\n  try { return await work(); } catch (error) { span.fail(error); throw error; } finally { span.end(); }\n}\nexport function flush(): void {\n  traced('flush', async () => { await send('a'); });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare function openSpan(name: string): { end(): void; fail(error: unknown): void };\nasync function traced<T>(name: string, work: () => Promise<T>): Promise<T> {\n  const span = openSpan(name);\n  try { return await work(); } catch (error) { span.fail(error); throw error; } finally { span.end(); }\n}\nexport function flush(): void {\n  traced('flush', async () => { await send('a'); }).catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare function openSpan(name: string): { end(): void; fail(error: unknown): void };\nasync function traced<T>(name: string, work: () => Promise<T>): Promise<T> {\n  const span = openSpan(name);\n  try { return await work(); } catch (error) { span.fail(error); throw error; } finally { span.end(); }\n}\nexport function flush(): void {\n  void traced('flush', async () => { await send('a'); });\n}`,
            },
          ],
        },
      ],
    },
    {
      // (3) a \`finally\` that completes lets the rejection through
      code: `${decl}async function main(): Promise<void> { try { await send('a'); } finally { console.log('done'); } }\nmain();`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}async function main(): Promise<void> { try { await send('a'); } finally { console.log('done'); } }\nmain().catch((error: unknown) => { console.error(error); });`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}async function main(): Promise<void> { try { await send('a'); } finally { console.log('done'); } }\nvoid main();`,
            },
          ],
        },
      ],
    },
    {
      // (3) a method of the same name on another class promises nothing
      code: `declare class Pool { terminate(): Promise<number> }\nexport function stop(pool: Pool): void {\n  pool.terminate();\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare class Pool { terminate(): Promise<number> }\nexport function stop(pool: Pool): void {\n  pool.terminate().catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare class Pool { terminate(): Promise<number> }\nexport function stop(pool: Pool): void {\n  void pool.terminate();\n}`,
            },
          ],
        },
      ],
    },
    {
      // (7) the promise handed to the helper is started in this very statement
      code: `${decl}declare const pending: Set<Promise<unknown>>;\nfunction track<T>(promise: Promise<T>): Promise<T> { pending.add(promise); return promise; }\nexport function init(): void {\n  track(send('b'));\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const pending: Set<Promise<unknown>>;\nfunction track<T>(promise: Promise<T>): Promise<T> { pending.add(promise); return promise; }\nexport function init(): void {\n  track(send('b')).catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare const pending: Set<Promise<unknown>>;\nfunction track<T>(promise: Promise<T>): Promise<T> { pending.add(promise); return promise; }\nexport function init(): void {\n  void track(send('b'));\n}`,
            },
          ],
        },
      ],
    },
    {
      // (17) a \`catch\` that returns a new promise can still reject
      code: `${decl}async function attempt(work: () => Promise<void>): Promise<unknown> { try { await work(); return undefined; } catch (error) { return send(String(error)); } }\nexport function f(): void {\n  attempt(() => send('a'));\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}async function attempt(work: () => Promise<void>): Promise<unknown> { try { await work(); return undefined; } catch (error) { return send(String(error)); } }\nexport function f(): void {\n  attempt(() => send('a')).catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}async function attempt(work: () => Promise<void>): Promise<unknown> { try { await work(); return undefined; } catch (error) { return send(String(error)); } }\nexport function f(): void {\n  void attempt(() => send('a'));\n}`,
            },
          ],
        },
      ],
    },
    {
      // (19) a deferred that hands out its \`reject\` can reject
      code: `let opened = false;\nfunction deferred<T>() { let resolve!: (value: T) => void; let reject!: (error: unknown) => void; const promise = new Promise<T>((ok, fail) => { resolve = ok; reject = fail; }); return { promise, resolve, reject }; }\nexport function open(): void {\n  const gate = deferred<void>();\n  gate.promise.then(() => { opened = true; });\n  gate.reject(new Error('closed'));\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `let opened = false;\nfunction deferred<T>() { let resolve!: (value: T) => void; let reject!: (error: unknown) => void; const promise = new Promise<T>((ok, fail) => { resolve = ok; reject = fail; }); return { promise, resolve, reject }; }\nexport function open(): void {\n  const gate = deferred<void>();\n  gate.promise.then(() => { opened = true; }).catch((error: unknown) => { console.error(error); });\n  gate.reject(new Error('closed'));\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `let opened = false;\nfunction deferred<T>() { let resolve!: (value: T) => void; let reject!: (error: unknown) => void; const promise = new Promise<T>((ok, fail) => { resolve = ok; reject = fail; }); return { promise, resolve, reject }; }\nexport function open(): void {\n  const gate = deferred<void>();\n  void gate.promise.then(() => { opened = true; });\n  gate.reject(new Error('closed'));\n}`,
            },
          ],
        },
      ],
    },
    {
      // (19) a sleep that rejects on abort
      code: `let woke = false;\nfunction sleep(ms: number, signal: AbortSignal): Promise<void> { return new Promise((resolve, reject) => { signal.addEventListener('abort', () => reject(signal.reason)); setTimeout(resolve, ms); }); }\nexport function nap(signal: AbortSignal): void {\n  sleep(10, signal).then(() => { woke = true; });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `let woke = false;\nfunction sleep(ms: number, signal: AbortSignal): Promise<void> { return new Promise((resolve, reject) => { signal.addEventListener('abort', () => reject(signal.reason)); setTimeout(resolve, ms); }); }\nexport function nap(signal: AbortSignal): void {\n  sleep(10, signal).then(() => { woke = true; }).catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `let woke = false;\nfunction sleep(ms: number, signal: AbortSignal): Promise<void> { return new Promise((resolve, reject) => { signal.addEventListener('abort', () => reject(signal.reason)); setTimeout(resolve, ms); }); }\nexport function nap(signal: AbortSignal): void {\n  void sleep(10, signal).then(() => { woke = true; });\n}`,
            },
          ],
        },
      ],
    },
    {
      // (20) the timer callback's chain has no rejection handler
      code: `${decl}export function delayed(id: string) {\n  return new Promise<number>((resolve) => setTimeout(() => load(id).then(resolve), 300));\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 54,
          endLine: 4,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export function delayed(id: string) {\n  return new Promise<number>((resolve) => setTimeout(() => load(id).then(resolve).catch((error: unknown) => { console.error(error); }), 300));\n}`,
            },
          ],
        },
      ],
    },
    {
      // allSettled cannot reject, but a dropped one waits for nothing
      code: `${decl}function f(ids: string[]) { Promise.allSettled(ids.map(load)); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}function f(ids: string[]) { Promise.allSettled(ids.map(load)).catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `${decl}function f(ids: string[]) { void Promise.allSettled(ids.map(load)); }` },
          ],
        },
      ],
    },
    {
      // a sleep that is not awaited never waits (it cannot reject, but dropping it is the bug)
      code: `import { setTimeout as sleep } from 'node:timers/promises';\nasync function retry() { sleep(100); }`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `import { setTimeout as sleep } from 'node:timers/promises';\nasync function retry() { await sleep(100); }`,
            },
            {
              messageId: 'suggestCatch',
              output: `import { setTimeout as sleep } from 'node:timers/promises';\nasync function retry() { sleep(100).catch((error: unknown) => { console.error(error); }); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { setTimeout as sleep } from 'node:timers/promises';\nasync function retry() { void sleep(100); }`,
            },
          ],
        },
      ],
    },
    {
      code: `const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));\nfunction f() { delay(5); }`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));\nfunction f() { delay(5).catch((error: unknown) => { console.error(error); }); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));\nfunction f() { void delay(5); }`,
            },
          ],
        },
      ],
    },
    {
      // DOM listeners are typed as returning `any`, but addEventListener ignores the promise
      code: `${decl}declare const button: HTMLButtonElement;\nbutton.addEventListener('click', async () => { await send('click'); });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          data: { callee: 'button.addEventListener' },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}declare const button: HTMLButtonElement;\nbutton.addEventListener('click', async () => { try { await send('click'); } catch (error: unknown) { console.error(error); } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}declare const signal: AbortSignal;\nconst onAbort = async () => { await send('abort'); };\nsignal.addEventListener('abort', onAbort, { once: true });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const signal: AbortSignal;\nconst onAbort = async () => { await send('abort'); };\nsignal.addEventListener('abort', (...args: Parameters<typeof onAbort>) => { onAbort(...args).catch((error: unknown) => { console.error(error); }); }, { once: true });`,
            },
          ],
        },
      ],
    },
    {
      // a type assertion to a promise is a promise
      code: `declare const value: unknown;\nfunction f() { value as Promise<number>; }`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const value: unknown;\nfunction f() { (value as Promise<number>).catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `declare const value: unknown;\nfunction f() { void (value as Promise<number>); }` },
          ],
        },
      ],
    },
    {
      // awaiting an array does not await the promises in it
      code: `${decl}async function f(ids: string[]) { await ids.map(load); }`,
      errors: [
        {
          messageId: 'floatingArray',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 54,
          suggestions: [
            { messageId: 'suggestAwaitAll', output: `${decl}async function f(ids: string[]) { await Promise.all(ids.map(load)); }` },
          ],
        },
      ],
    },
    {
      // a handler typed as a union with a non-function is not a handler; the user's value is kept, with a fallback
      code: `${decl}declare const handler: string | ((error: unknown) => void);\nfunction f() { send('a').catch(handler); }`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestFallbackHandler',
              output: `${decl}declare const handler: string | ((error: unknown) => void);\nfunction f() { send('a').catch(typeof handler === 'function' ? handler : (error: unknown) => { console.error(error); }); }`,
            },
          ],
        },
      ],
    },
    {
      // a spread hides which argument is the rejection handler
      code: `${decl}declare const rest: [];\nfunction f() { send('a').then(...rest, () => {}); }`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const rest: [];\nfunction f() { send('a').then(...rest, () => {}).catch((error: unknown) => { console.error(error); }); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare const rest: [];\nfunction f() { void send('a').then(...rest, () => {}); }`,
            },
          ],
        },
      ],
    },
    {
      // with ignoreVoid off, an arrow body `void promise` drops it too
      code: `${decl}document.addEventListener('click', () => void send('click'));`,
      options: [{ ignoreVoid: false }],
      errors: [
        {
          messageId: 'floatingVoided',
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}document.addEventListener('click', () => void send('click').catch((error: unknown) => { console.error(error); }));`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { send('a'); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f() { await send('a'); }` },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function f() { send('a').catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `${decl}async function f() { void send('a'); }` },
          ],
        },
      ],
    },
    {
      // a sync function cannot await: only the handler and void
      code: `${decl}function f() { send('a').then(() => 1); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}function f() { send('a').then(() => 1).catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `${decl}function f() { void send('a').then(() => 1); }` },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { send('a').finally(() => {}); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f() { await send('a').finally(() => {}); }` },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function f() { send('a').finally(() => {}).catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `${decl}async function f() { void send('a').finally(() => {}); }` },
          ],
        },
      ],
    },
    {
      // a producer started on purpose: the stream it writes is read by the code after it, so waiting for it would hang
      code: `export async function pipeThrough(transform: (chunk: Uint8Array) => Uint8Array) {\n  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();\n  (async () => {\n    const writer = writable.getWriter();\n    await writer.write(transform(new Uint8Array([1])));\n  })();\n  const reader = readable.getReader();\n  return (await reader.read()).value;\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 6,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `export async function pipeThrough(transform: (chunk: Uint8Array) => Uint8Array) {\n  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();\n  (async () => {\n    const writer = writable.getWriter();\n    await writer.write(transform(new Uint8Array([1])));\n  })().catch((error: unknown) => { console.error(error); });\n  const reader = readable.getReader();\n  return (await reader.read()).value;\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `export async function pipeThrough(transform: (chunk: Uint8Array) => Uint8Array) {\n  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();\n  void (async () => {\n    const writer = writable.getWriter();\n    await writer.write(transform(new Uint8Array([1])));\n  })();\n  const reader = readable.getReader();\n  return (await reader.read()).value;\n}`,
            },
          ],
        },
      ],
    },
    {
      // an assertion on a promise: its rejection is the test failing, so waiting is the only fix (no handler, no \`void\`)
      code: `${decl}declare function expect<T>(value: T): { resolves: { toBe(expected: unknown): Promise<void> }; rejects: { toThrow(): Promise<void> } };\nexport async function checks() {\n  expect(load('a')).resolves.toBe(1);\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function expect<T>(value: T): { resolves: { toBe(expected: unknown): Promise<void> }; rejects: { toThrow(): Promise<void> } };\nexport async function checks() {\n  await expect(load('a')).resolves.toBe(1);\n}`,
            },
          ],
        },
      ],
    },
    {
      // where it cannot wait, nothing is offered
      code: `${decl}declare function expect<T>(value: T): { resolves: { toBe(expected: unknown): Promise<void> }; rejects: { toThrow(): Promise<void> } };\ndeclare function onMessage(listener: (id: string) => void): void;\nexport function checks() {\n  onMessage((id) => {\n    expect(load(id)).rejects.toThrow();\n  });\n}`,
      errors: [{ messageId: 'floating', line: 7, column: 5, endLine: 7, endColumn: 39, suggestions: [] }],
    },
    {
      // a plain callback that may return a promise: an optional handler on what it returns; its throws still reach the caller
      code: `${decl}export function stringify(callbacks: Array<(phase: number) => Promise<string> | undefined>) {\n  callbacks.forEach((c) => c(1));\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export function stringify(callbacks: Array<(phase: number) => Promise<string> | undefined>) {\n  callbacks.forEach((c) => c(1)?.catch((error: unknown) => { console.error(error); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // scheduler: a method of this program that can throw (it validates) makes the task able to reject, and so
      // the scheduler's promise; so does a method that calls a function declared elsewhere (valid look-alike: "scheduler", methods that cannot throw)
      code: tickerCode,
      errors: [
        {
          messageId: 'floating',
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 39,
          suggestions: floatingSuggestions(tickerCode, 'pool.add(() => { ticker.pause(1); })'),
        },
        {
          messageId: 'floating',
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 40,
          suggestions: floatingSuggestions(tickerCode, 'pool.add(() => { ticker.record(2); })'),
        },
      ],
    },
    {
      // later code reads what the pending task writes: it looks at the task while it runs, so no \`await\` is offered
      // (the task can reject: it sends; the same task that only records is valid, "scheduler" above)
      code: `${decl}declare const queue: { add<T>(task: () => Promise<T>): Promise<T> };\ndeclare function delay(ms: number): Promise<void>;\nexport async function checkRateLimit() {\n  let ran = false;\n  queue.add(async () => {\n    ran = true;\n    await send('ran');\n  });\n  await delay(100);\n  return ran;\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 10,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const queue: { add<T>(task: () => Promise<T>): Promise<T> };\ndeclare function delay(ms: number): Promise<void>;\nexport async function checkRateLimit() {\n  let ran = false;\n  queue.add(async () => {\n    ran = true;\n    await send('ran');\n  }).catch((error: unknown) => { console.error(error); });\n  await delay(100);\n  return ran;\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare const queue: { add<T>(task: () => Promise<T>): Promise<T> };\ndeclare function delay(ms: number): Promise<void>;\nexport async function checkRateLimit() {\n  let ran = false;\n  void queue.add(async () => {\n    ran = true;\n    await send('ran');\n  });\n  await delay(100);\n  return ran;\n}`,
            },
          ],
        },
      ],
    },
    {
      // an async IIFE that waits is started to run alongside what follows: no \`await\` is offered
      code: `${decl}declare function delay(ms: number): Promise<void>;\ndeclare const queue: { start(): void; pause(): void };\nexport async function schedule() {\n  (async () => {\n    await delay(500);\n    queue.pause();\n  })();\n  await delay(100);\n  queue.start();\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 3,
          endLine: 9,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare function delay(ms: number): Promise<void>;\ndeclare const queue: { start(): void; pause(): void };\nexport async function schedule() {\n  (async () => {\n    await delay(500);\n    queue.pause();\n  })().catch((error: unknown) => { console.error(error); });\n  await delay(100);\n  queue.start();\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare function delay(ms: number): Promise<void>;\ndeclare const queue: { start(): void; pause(): void };\nexport async function schedule() {\n  void (async () => {\n    await delay(500);\n    queue.pause();\n  })();\n  await delay(100);\n  queue.start();\n}`,
            },
          ],
        },
      ],
    },
    {
      // later code reads what a listener on the same queue records: it watches the task's progress, so no \`await\`
      code: `${decl}declare function delay(ms: number): Promise<void>;\ndeclare const queue: { add(task: () => Promise<void>): Promise<void>; on(event: 'rateLimit', listener: () => void): void };\nexport async function rateLimited() {\n  const events: string[] = [];\n  queue.on('rateLimit', () => events.push('rateLimit'));\n  queue.add(async () => delay(50));\n  await delay(100);\n  return events;\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare function delay(ms: number): Promise<void>;\ndeclare const queue: { add(task: () => Promise<void>): Promise<void>; on(event: 'rateLimit', listener: () => void): void };\nexport async function rateLimited() {\n  const events: string[] = [];\n  queue.on('rateLimit', () => events.push('rateLimit'));\n  queue.add(async () => delay(50)).catch((error: unknown) => { console.error(error); });\n  await delay(100);\n  return events;\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare function delay(ms: number): Promise<void>;\ndeclare const queue: { add(task: () => Promise<void>): Promise<void>; on(event: 'rateLimit', listener: () => void): void };\nexport async function rateLimited() {\n  const events: string[] = [];\n  queue.on('rateLimit', () => events.push('rateLimit'));\n  void queue.add(async () => delay(50));\n  await delay(100);\n  return events;\n}`,
            },
          ],
        },
      ],
    },
    {
      // a test that starts a service loop and never stops it: still reported
      code: `import { test } from 'node:test';\ndeclare class Worker { run(): Promise<void>; close(): Promise<void> }\ntest('processes jobs', async () => {\n  const worker = new Worker();\n  worker.run();\n});`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from 'node:test';\ndeclare class Worker { run(): Promise<void>; close(): Promise<void> }\ntest('processes jobs', async () => {\n  const worker = new Worker();\n  worker.run().catch((error: unknown) => { console.error(error); });\n});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'node:test';\ndeclare class Worker { run(): Promise<void>; close(): Promise<void> }\ntest('processes jobs', async () => {\n  const worker = new Worker();\n  void worker.run();\n});`,
            },
          ],
        },
      ],
    },
    {
      // outside tests, a stopped service's loop is still a dropped promise
      code: `declare class Worker { run(): Promise<void>; close(): Promise<void> }\nexport async function serve() {\n  const worker = new Worker();\n  worker.run();\n  await worker.close();\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare class Worker { run(): Promise<void>; close(): Promise<void> }\nexport async function serve() {\n  const worker = new Worker();\n  worker.run().catch((error: unknown) => { console.error(error); });\n  await worker.close();\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare class Worker { run(): Promise<void>; close(): Promise<void> }\nexport async function serve() {\n  const worker = new Worker();\n  void worker.run();\n  await worker.close();\n}`,
            },
          ],
        },
      ],
    },
    {
      // in a test, awaiting another task of the same queue waits for that one only: still reported
      code: `import { test } from 'node:test';\ndeclare class Queue { add(task: () => Promise<string>): Promise<string>; onIdle(): Promise<void> }\ntest('runs in order', async () => {\n  const queue = new Queue();\n  queue.add(async () => 'a');\n  await queue.add(async () => 'b');\n});`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from 'node:test';\ndeclare class Queue { add(task: () => Promise<string>): Promise<string>; onIdle(): Promise<void> }\ntest('runs in order', async () => {\n  const queue = new Queue();\n  queue.add(async () => 'a').catch((error: unknown) => { console.error(error); });\n  await queue.add(async () => 'b');\n});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'node:test';\ndeclare class Queue { add(task: () => Promise<string>): Promise<string>; onIdle(): Promise<void> }\ntest('runs in order', async () => {\n  const queue = new Queue();\n  void queue.add(async () => 'a');\n  await queue.add(async () => 'b');\n});`,
            },
          ],
        },
      ],
    },
    {
      // the handler goes after every `.finally`: before them it would delay their callbacks by a tick
      code: `${decl}export function suspend(pending: Promise<void>, retry: () => void) { pending.finally(retry).finally(() => send('done')); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export function suspend(pending: Promise<void>, retry: () => void) { pending.finally(retry).finally(() => send('done')).catch((error: unknown) => { console.error(error); }); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}export function suspend(pending: Promise<void>, retry: () => void) { void pending.finally(retry).finally(() => send('done')); }`,
            },
          ],
        },
      ],
    },
    {
      // conditional with a promise branch: parentheses are added where precedence needs them
      code: `${decl}async function f(ok: boolean) { ok ? send('a') : null; }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f(ok: boolean) { ok ? await send('a') : null; }` },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function f(ok: boolean) { ok ? send('a').catch((error: unknown) => { console.error(error); }) : null; }`,
            },
            { messageId: 'suggestVoid', output: `${decl}async function f(ok: boolean) { ok ? void send('a') : null; }` },
          ],
        },
      ],
    },
    {
      // logical expression and comma expression
      code: `${decl}function f(ok: boolean) { ok && send('a'); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}function f(ok: boolean) { ok && send('a').catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `${decl}function f(ok: boolean) { ok && void send('a'); }` },
          ],
        },
      ],
    },
    {
      code: `${decl}function f() { load('a'), send('b'); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}function f() { load('a').catch((error: unknown) => { console.error(error); }), send('b'); }`,
            },
            { messageId: 'suggestVoid', output: `${decl}function f() { void load('a'), send('b'); }` },
          ],
        },
      ],
    },
    {
      // optional call: the result may be undefined, so the handler is attached with `?.`
      code: `declare const api: { send?: () => Promise<void> };\nfunction f() { api.send?.(); }`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const api: { send?: () => Promise<void> };\nfunction f() { api.send?.()?.catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `declare const api: { send?: () => Promise<void> };\nfunction f() { void api.send?.(); }` },
          ],
        },
      ],
    },
    {
      // a union with undefined that is not an optional chain
      code: `declare function maybe(): Promise<void> | undefined;\nfunction f() { maybe(); }`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare function maybe(): Promise<void> | undefined;\nfunction f() { maybe()?.catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `declare function maybe(): Promise<void> | undefined;\nfunction f() { void maybe(); }` },
          ],
        },
      ],
    },
    {
      // async IIFE (at the top level of a file without `import`/`export`, a script: no `await`)
      code: `${decl}(async () => { await send('a'); })();`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}(async () => { await send('a'); })().catch((error: unknown) => { console.error(error); });`,
            },
            { messageId: 'suggestVoid', output: `${decl}void (async () => { await send('a'); })();` },
          ],
        },
      ],
    },
    {
      // arrays of promises
      code: `${decl}async function f(items: string[]) { items.map(async (item) => { await send(item); }); }`,
      errors: [
        {
          messageId: 'floatingArray',
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'suggestAwaitAll',
              output: `${decl}async function f(items: string[]) { await Promise.all(items.map(async (item) => { await send(item); })); }`,
            },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function f(items: string[]) { void Promise.all(items.map(async (item) => { await send(item); })).catch((error: unknown) => { console.error(error); }); }`,
            },
          ],
        },
      ],
    },
    {
      // `void` in strict mode: only a handled promise may be voided
      code: `${decl}async function f() { void send('a'); }`,
      options: [{ ignoreVoid: false }],
      errors: [
        {
          messageId: 'floatingVoided',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f() { await send('a'); }` },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function f() { void send('a').catch((error: unknown) => { console.error(error); }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f() { send('a').catch(); }`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestHandler',
              output: `${decl}function f() { send('a').catch((error: unknown) => { console.error(error); }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f() { send('a').then(() => 1, undefined); }`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestHandler',
              output: `${decl}function f() { send('a').then(() => 1, (error: unknown) => { console.error(error); }); }`,
            },
          ],
        },
      ],
    },
    {
      // a helper that can reject, declared in another file
      code: `import { notify } from './helpers.js';\nfunction f() { notify('hi'); }`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { notify } from './helpers.js';\nfunction f() { notify('hi').catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `import { notify } from './helpers.js';\nfunction f() { void notify('hi'); }` },
          ],
        },
      ],
    },
    {
      // non-rejecting helpers are reported when allowNonRejecting is off
      code: `import { safeNotify } from './helpers.js';\nfunction f() { safeNotify('hi'); }`,
      options: [{ allowNonRejecting: false }],
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { safeNotify } from './helpers.js';\nfunction f() { safeNotify('hi').catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `import { safeNotify } from './helpers.js';\nfunction f() { void safeNotify('hi'); }` },
          ],
        },
      ],
    },
    {
      // custom thenables with checkThenables: no `catch`, so the handler goes through `then`
      code: `declare const job: PromiseLike<number>;\nfunction f() { job.then(() => {}); }`,
      options: [{ checkThenables: true }],
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const job: PromiseLike<number>;\nfunction f() { job.then(() => {}).then(undefined, (error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `declare const job: PromiseLike<number>;\nfunction f() { void job.then(() => {}); }` },
          ],
        },
      ],
    },
    {
      // `then` makes a new thenable even when it is declared to return its own type (no top-level `await` in a script)
      code: `class Lazy { then(ok: () => void, fail?: () => void): Lazy { return new Lazy(); } }\nconst lazy = new Lazy();\nlazy.then(() => {});`,
      options: [{ checkThenables: true }],
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `class Lazy { then(ok: () => void, fail?: () => void): Lazy { return new Lazy(); } }\nconst lazy = new Lazy();\nlazy.then(() => {}).then(undefined, (error: unknown) => { console.error(error); });`,
            },
            {
              messageId: 'suggestVoid',
              output: `class Lazy { then(ok: () => void, fail?: () => void): Lazy { return new Lazy(); } }\nconst lazy = new Lazy();\nvoid lazy.then(() => {});`,
            },
          ],
        },
      ],
    },
    {
      // generic constrained to a promise; class method
      code: `class Queue<T extends Promise<void>> { run(job: T) { job; } }`,
      errors: [
        {
          messageId: 'floating',
          line: 1,
          column: 54,
          endLine: 1,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `class Queue<T extends Promise<void>> { run(job: T) { job.catch((error: unknown) => { console.error(error); }); } }`,
            },
            { messageId: 'suggestVoid', output: `class Queue<T extends Promise<void>> { run(job: T) { void job; } }` },
          ],
        },
      ],
    },
    {
      // intersection with a promise
      code: `declare const tagged: Promise<void> & { id: string };\nasync function f() { tagged; }`,
      errors: [
        {
          messageId: 'floating',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare const tagged: Promise<void> & { id: string };\nasync function f() { await tagged; }`,
            },
            {
              messageId: 'suggestCatch',
              output: `declare const tagged: Promise<void> & { id: string };\nasync function f() { tagged.catch((error: unknown) => { console.error(error); }); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare const tagged: Promise<void> & { id: string };\nasync function f() { void tagged; }`,
            },
          ],
        },
      ],
    },
    {
      // ASI: a statement that starts with `(` after a line without a semicolon (no top-level `await` in a script)
      code: `${decl}declare const ok: boolean;\nconst x = 1\n;(ok ? send('a') : send('b'))`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const ok: boolean;\nconst x = 1\n;(ok ? send('a').catch((error: unknown) => { console.error(error); }) : send('b'))`,
            },
            { messageId: 'suggestVoid', output: `${decl}declare const ok: boolean;\nconst x = 1\n;(ok ? void send('a') : send('b'))` },
          ],
        },
      ],
    },
    {
      // ASI: a suggestion that starts the statement with \`(\` after a line without a semicolon (no top-level `await` in a script)
      code: `declare const q: unknown;\nconst x = [1]\nq as Promise<void>`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const q: unknown;\nconst x = [1]\n;(q as Promise<void>).catch((error: unknown) => { console.error(error); })`,
            },
            { messageId: 'suggestVoid', output: `declare const q: unknown;\nconst x = [1]\nvoid (q as Promise<void>)` },
          ],
        },
      ],
    },
    {
      // \`try { return p; }\` does not catch p's rejection: such a helper can reject
      code: `${decl}async function quiet() { try { return send('x'); } catch { return undefined; } }\nfunction f() { quiet(); }`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}async function quiet() { try { return send('x'); } catch { return undefined; } }\nfunction f() { quiet().catch((error: unknown) => { console.error(error); }); }`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}async function quiet() { try { return send('x'); } catch { return undefined; } }\nfunction f() { void quiet(); }`,
            },
          ],
        },
      ],
    },
    {
      // the plugin setting promotes a suggestion to a fix
      code: `${decl}async function f() { send('a'); }`,
      settings: { settle: { promoteToFix: ['no-floating-promises/suggestAwait'] } },
      output: `${decl}async function f() { await send('a'); }`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f() { await send('a'); }` },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function f() { send('a').catch((error: unknown) => { console.error(error); }); }`,
            },
            { messageId: 'suggestVoid', output: `${decl}async function f() { void send('a'); }` },
          ],
        },
      ],
    },
    {
      // async callbacks whose promise is ignored
      code: `${decl}async function f(items: string[]) { items.forEach(async (item) => { await send(item); }); }`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          data: { callee: 'items.forEach' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'suggestMapAll',
              output: `${decl}async function f(items: string[]) { await Promise.all(items.map(async (item) => { await send(item); })); }`,
            },
            {
              messageId: 'suggestTryCatch',
              output: `${decl}async function f(items: string[]) { items.forEach(async (item) => { try { await send(item); } catch (error: unknown) { console.error(error); } }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}import { EventEmitter } from 'node:events';\nconst bus = new EventEmitter();\nbus.on('job', (id: string) => send(id));`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 39,
          suggestions: [
            {
              // a plain function keeps its synchronous throws: its promise gets the handler, no async wrapper
              messageId: 'suggestCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\nconst bus = new EventEmitter();\nbus.on('job', (id: string) => send(id).catch((error: unknown) => { bus.emit('error', error); }));`,
            },
          ],
        },
      ],
    },
    {
      // a callback that returns its promise: try/catch around `return p` would not catch, so no such suggestion;
      // and no top-level `await` in a file without `import`/`export` (a script to TypeScript)
      code: `${decl}declare const items: string[];\nitems.forEach((item) => { return send(item); });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    {
      // overloads that all expect void callbacks are still reported
      code: `interface On { (event: 'a', cb: () => void): void; (event: 'b', cb: (n: number) => void): void }\ndeclare const on: On;\n${decl}on('a', async () => { await send('a'); });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `interface On { (event: 'a', cb: () => void): void; (event: 'b', cb: (n: number) => void): void }\ndeclare const on: On;\n${decl}on('a', async () => { try { await send('a'); } catch (error: unknown) { console.error(error); } });`,
            },
          ],
        },
      ],
    },
    {
      // a named async function passed to a timer
      code: `${decl}async function tick() { await send('t'); }\nsetInterval(tick, 1000);`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}async function tick() { await send('t'); }\nsetInterval((...args: Parameters<typeof tick>) => { tick(...args).catch((error: unknown) => { console.error(error); }); }, 1000);`,
            },
          ],
        },
      ],
    },
    {
      // the await comes after the try: its rejection escapes the callback
      code: `${emitterDecl}${decl}declare function check(value: number): void;\nexport function waitForDone(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    bus.once('done', async (value: number) => {\n      try { check(value); } catch (error) { reject(error); }\n      await send('ack');\n      resolve();\n    });\n  });\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 8,
          column: 22,
          endLine: 12,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${emitterDecl}${decl}declare function check(value: number): void;\nexport function waitForDone(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    bus.once('done', async (value: number) => {\n      try {\n        try { check(value); } catch (error) { reject(error); }\n        await send('ack');\n        resolve();\n      } catch (error: unknown) {\n        reject(error);\n      }\n    });\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      // the catch rethrows
      code: `${emitterDecl}${decl}bus.on('job', async (id: string) => { try { await send(id); } catch (error) { console.error(error); throw error; } });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${emitterDecl}${decl}bus.on('job', async (id: string) => { try { try { await send(id); } catch (error) { console.error(error); throw error; } } catch (error: unknown) { bus.emit('error', error); } });`,
            },
          ],
        },
      ],
    },
    {
      // the catch hands on a promise that may reject
      code: `${emitterDecl}${decl}bus.on('job', async (id: string) => { try { await send(id); } catch { return send('failed'); } });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 97,
          suggestions: [],
        },
      ],
    },
    {
      // try/finally without a catch guards nothing (no top-level `await` in a script)
      code: `${decl}declare const response: { end(): void };\n(async () => { try { await send('body'); } finally { response.end(); } })();`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const response: { end(): void };\n(async () => { try { await send('body'); } finally { response.end(); } })().catch((error: unknown) => { console.error(error); });`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare const response: { end(): void };\nvoid (async () => { try { await send('body'); } finally { response.end(); } })();`,
            },
          ],
        },
      ],
    },
    {
      // no `await`: a waiter created before its trigger would never get past the `await`
      code: `import { EventEmitter, once } from 'node:events';\nexport async function ready(emitter: EventEmitter) {\n  once(emitter, 'ready');\n  emitter.emit('ready');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { EventEmitter, once } from 'node:events';\nexport async function ready(emitter: EventEmitter) {\n  once(emitter, 'ready').catch((error: unknown) => { console.error(error); });\n  emitter.emit('ready');\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { EventEmitter, once } from 'node:events';\nexport async function ready(emitter: EventEmitter) {\n  void once(emitter, 'ready');\n  emitter.emit('ready');\n}`,
            },
          ],
        },
      ],
    },
    {
      // no `await`: a later call on the same object may be what settles the promise
      code: `declare const socket: { drain(): Promise<void>; write(chunk: string): boolean };\nexport async function flush() {\n  socket.drain();\n  socket.write('x');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const socket: { drain(): Promise<void>; write(chunk: string): boolean };\nexport async function flush() {\n  socket.drain().catch((error: unknown) => { console.error(error); });\n  socket.write('x');\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare const socket: { drain(): Promise<void>; write(chunk: string): boolean };\nexport async function flush() {\n  void socket.drain();\n  socket.write('x');\n}`,
            },
          ],
        },
      ],
    },
    {
      // no `await`: work named as running until stopped (`pump`, `listen`, `poll`…) is started on purpose
      code: `declare function pump(): Promise<void>;\nexport async function begin() {\n  pump();\n  console.log('pumping');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare function pump(): Promise<void>;\nexport async function begin() {\n  pump().catch((error: unknown) => { console.error(error); });\n  console.log('pumping');\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function pump(): Promise<void>;\nexport async function begin() {\n  void pump();\n  console.log('pumping');\n}`,
            },
          ],
        },
      ],
    },
    {
      // no `await`: a local function whose body is an endless loop never settles
      code: `declare function next(): Promise<string>;\nasync function drain() {\n  for (;;) {\n    console.log(await next());\n  }\n}\nexport async function begin() {\n  drain();\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare function next(): Promise<string>;\nasync function drain() {\n  for (;;) {\n    console.log(await next());\n  }\n}\nexport async function begin() {\n  drain().catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function next(): Promise<string>;\nasync function drain() {\n  for (;;) {\n    console.log(await next());\n  }\n}\nexport async function begin() {\n  void drain();\n}`,
            },
          ],
        },
      ],
    },
    {
      // no `await`: awaiting the promises of a collection one by one leaves the later ones unhandled meanwhile
      code: `export async function settle(pending: Promise<void>[]) {\n  for (const promise of pending) {\n    promise.then(() => console.log('done'));\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `export async function settle(pending: Promise<void>[]) {\n  for (const promise of pending) {\n    promise.then(() => console.log('done')).catch((error: unknown) => { console.error(error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `export async function settle(pending: Promise<void>[]) {\n  for (const promise of pending) {\n    void promise.then(() => console.log('done'));\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // no `await Promise.all`: the waiters' trigger follows
      code: `import { EventEmitter, once } from 'node:events';\nexport async function all(items: EventEmitter[]) {\n  items.map((item) => once(item, 'done'));\n  items.forEach((item) => item.emit('done'));\n}`,
      errors: [
        {
          messageId: 'floatingArray',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { EventEmitter, once } from 'node:events';\nexport async function all(items: EventEmitter[]) {\n  void Promise.all(items.map((item) => once(item, 'done'))).catch((error: unknown) => { console.error(error); });\n  items.forEach((item) => item.emit('done'));\n}`,
            },
          ],
        },
      ],
    },
    {
      // no `await Promise.all(….map(…))`: a later `emit` may be what the callbacks wait for
      code: `${emitterDecl}${decl}export async function relay(items: string[]) {\n  items.forEach(async (item) => { await send(item); });\n  bus.emit('relayed');\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${emitterDecl}${decl}export async function relay(items: string[]) {\n  items.forEach(async (item) => { try { await send(item); } catch (error: unknown) { console.error(error); } });\n  bus.emit('relayed');\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: the `reject` of the executor the code runs in comes first
      code: `${decl}export function start(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    send('a');\n    resolve();\n  });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export function start(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    send('a').catch(reject);\n    resolve();\n  });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}export function start(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    void send('a');\n    resolve();\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: an optional `onError` field of the class
      code: `${decl}export class Client {\n  onError?: (error: unknown) => void;\n  flush(): void {\n    send('a');\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export class Client {\n  onError?: (error: unknown) => void;\n  flush(): void {\n    send('a').catch((error: unknown) => { this.onError?.(error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}export class Client {\n  onError?: (error: unknown) => void;\n  flush(): void {\n    void send('a');\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: an `onerror` method comes before the `error` event and a logger
      code: `${decl}import { EventEmitter } from 'node:events';\nexport class Client extends EventEmitter {\n  onerror(error: unknown): void {\n    console.warn(error);\n  }\n  flush(logger: Console): void {\n    send('a');\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Client extends EventEmitter {\n  onerror(error: unknown): void {\n    console.warn(error);\n  }\n  flush(logger: Console): void {\n    send('a').catch((error: unknown) => { this.onerror(error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Client extends EventEmitter {\n  onerror(error: unknown): void {\n    console.warn(error);\n  }\n  flush(logger: Console): void {\n    void send('a');\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: an `onError` that takes an `Error` cannot take an unknown rejection: the `error` event of `this` instead
      code: `${decl}import { EventEmitter } from 'node:events';\nexport class Client extends EventEmitter {\n  onError(error: Error): void {\n    console.warn(error.message);\n  }\n  flush(): void {\n    send('a');\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Client extends EventEmitter {\n  onError(error: Error): void {\n    console.warn(error.message);\n  }\n  flush(): void {\n    send('a').catch((error: unknown) => { this.emit('error', error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Client extends EventEmitter {\n  onError(error: Error): void {\n    console.warn(error.message);\n  }\n  flush(): void {\n    void send('a');\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: the `error` event of `this` comes before a logger field
      code: `${decl}import { EventEmitter } from 'node:events';\nexport class Relay extends EventEmitter {\n  constructor(private readonly logger: Console) {\n    super();\n  }\n  forward(): void {\n    send('a');\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Relay extends EventEmitter {\n  constructor(private readonly logger: Console) {\n    super();\n  }\n  forward(): void {\n    send('a').catch((error: unknown) => { this.emit('error', error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Relay extends EventEmitter {\n  constructor(private readonly logger: Console) {\n    super();\n  }\n  forward(): void {\n    void send('a');\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: the `error` event of the emitter whose method started the promise
      code: `import { EventEmitter } from 'node:events';\ndeclare class Client extends EventEmitter {\n  connect(): Promise<void>;\n}\nexport function open(client: Client) {\n  client.connect();\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { EventEmitter } from 'node:events';\ndeclare class Client extends EventEmitter {\n  connect(): Promise<void>;\n}\nexport function open(client: Client) {\n  client.connect().catch((error: unknown) => { client.emit('error', error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { EventEmitter } from 'node:events';\ndeclare class Client extends EventEmitter {\n  connect(): Promise<void>;\n}\nexport function open(client: Client) {\n  void client.connect();\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: an object with an `emit` method that is not an EventEmitter is no error channel
      code: `declare const hub: { emit(event: string, ...args: unknown[]): boolean; publish(topic: string): Promise<void> };\nexport function post() {\n  hub.publish('x');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const hub: { emit(event: string, ...args: unknown[]): boolean; publish(topic: string): Promise<void> };\nexport function post() {\n  hub.publish('x').catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare const hub: { emit(event: string, ...args: unknown[]): boolean; publish(topic: string): Promise<void> };\nexport function post() {\n  void hub.publish('x');\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: a logger parameter whose `error` takes an unknown value
      code: `${decl}export function sync(logger: { error(message: unknown): void }) {\n  send('a');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export function sync(logger: { error(message: unknown): void }) {\n  send('a').catch((error: unknown) => { logger.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}export function sync(logger: { error(message: unknown): void }) {\n  void send('a');\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: a logger member of `this`
      code: `${decl}export class Service {\n  constructor(private readonly logger: Console) {}\n  sync(): void {\n    send('a');\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export class Service {\n  constructor(private readonly logger: Console) {}\n  sync(): void {\n    send('a').catch((error: unknown) => { this.logger.error(error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}export class Service {\n  constructor(private readonly logger: Console) {}\n  sync(): void {\n    void send('a');\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: look-alike loggers (no `error` method, or one that takes only strings) are not used
      code: `${decl}export function sync(log: (message: string) => void, logger: { error(message: string): void }) {\n  send('a');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export function sync(log: (message: string) => void, logger: { error(message: string): void }) {\n  send('a').catch((error: unknown) => { console.error(error); });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}export function sync(log: (message: string) => void, logger: { error(message: string): void }) {\n  void send('a');\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: a callback in a method sees `this`: its `error` event; the body is re-indented, one statement per line
      code: `${decl}import { EventEmitter } from 'node:events';\nexport class Ticker extends EventEmitter {\n  start(): void {\n    setTimeout(async () => {\n      await send('tick');\n    }, 10);\n  }\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 6,
          column: 16,
          endLine: 8,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Ticker extends EventEmitter {\n  start(): void {\n    setTimeout(async () => {\n      try {\n        await send('tick');\n      } catch (error: unknown) {\n        this.emit('error', error);\n      }\n    }, 10);\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: a `function` callback has its own `this`, so the class's `error` event is not in reach
      code: `${decl}import { EventEmitter } from 'node:events';\nexport class Ticker extends EventEmitter {\n  start(): void {\n    setTimeout(async function () {\n      await send('tick');\n    }, 10);\n  }\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 6,
          column: 16,
          endLine: 8,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Ticker extends EventEmitter {\n  start(): void {\n    setTimeout(async function () {\n      try {\n        await send('tick');\n      } catch (error: unknown) {\n        console.error(error);\n      }\n    }, 10);\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: a listener of the `error` event never emits `error` into itself
      code: `${emitterDecl}${decl}bus.on('error', async (error: unknown) => { await send(String(error)); });`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${emitterDecl}${decl}bus.on('error', async (error: unknown) => { try { await send(String(error)); } catch (error: unknown) { console.error(error); } });`,
            },
          ],
        },
      ],
    },
    {
      // routing: a function passed by name, wrapped where `this` is an emitter
      code: `${decl}import { EventEmitter } from 'node:events';\nexport class Clock extends EventEmitter {\n  start(): void {\n    const tick = async () => {\n      await send('tick');\n    };\n    setInterval(tick, 1000);\n  }\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Clock extends EventEmitter {\n  start(): void {\n    const tick = async () => {\n      await send('tick');\n    };\n    setInterval((...args: Parameters<typeof tick>) => { tick(...args).catch((error: unknown) => { this.emit('error', error); }); }, 1000);\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // format: a file indented by four spaces
      code: `${decl}export function watch(items: string[]) {\n    items.forEach(async (item) => {\n        await send(item);\n        // sent\n        console.log(item);\n    });\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 19,
          endLine: 8,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}export function watch(items: string[]) {\n    items.forEach(async (item) => {\n        try {\n            await send(item);\n            // sent\n            console.log(item);\n        } catch (error: unknown) {\n            console.error(error);\n        }\n    });\n}`,
            },
          ],
        },
      ],
    },
    {
      // format: a file indented by tabs
      code: `${decl}export function watch(items: string[]) {\n\titems.forEach(async (item) => {\n\t\tawait send(item);\n\t\tconsole.log(item);\n\t});\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 16,
          endLine: 7,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}export function watch(items: string[]) {\n\titems.forEach(async (item) => {\n\t\ttry {\n\t\t\tawait send(item);\n\t\t\tconsole.log(item);\n\t\t} catch (error: unknown) {\n\t\t\tconsole.error(error);\n\t\t}\n\t});\n}`,
            },
          ],
        },
      ],
    },
    {
      // format: lines inside a template literal keep their whitespace
      code: `${decl}export function watch(items: string[]) {\n  items.forEach(async (item) => { await send(\`item\n  \${item}\`);\n    console.log(item); });\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 17,
          endLine: 6,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}export function watch(items: string[]) {\n  items.forEach(async (item) => {\n    try {\n      await send(\`item\n  \${item}\`);\n      console.log(item);\n    } catch (error: unknown) {\n      console.error(error);\n    }\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      // format: an expression body on its own lines keeps its inner indentation
      code: `${decl}export function watch(items: string[]) {\n  items.forEach(async (item) =>\n    send(item)\n      .then(() => load(item)));\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 17,
          endLine: 6,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}export function watch(items: string[]) {\n  items.forEach(async (item) => {\n    try {\n      await send(item)\n        .then(() => load(item));\n    } catch (error: unknown) {\n      console.error(error);\n    }\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      // an expression body looser than a call is awaited in parentheses
      code: `${decl}export function watch(items: string[], ok: boolean) {\n  items.forEach(async (item) => ok ? send(item) : load(item));\n}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}export function watch(items: string[], ok: boolean) {\n  items.forEach(async (item) => { try { await (ok ? send(item) : load(item)); } catch (error: unknown) { console.error(error); } });\n}`,
            },
          ],
        },
      ],
    },
    {
      // entry script (a shebang): the handler keeps the failing exit code
      options: [{ checkEntryScripts: true }],
      code: `#!/usr/bin/env node\ndeclare function send(msg: string): Promise<void>;\ndeclare function load(id: string): Promise<number>;\nasync function main() {\n  await send('a');\n}\nmain();\nexport {};`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `#!/usr/bin/env node\ndeclare function send(msg: string): Promise<void>;\ndeclare function load(id: string): Promise<number>;\nasync function main() {\n  await send('a');\n}\nawait main();\nexport {};`,
            },
            {
              messageId: 'suggestCatch',
              output: `#!/usr/bin/env node\ndeclare function send(msg: string): Promise<void>;\ndeclare function load(id: string): Promise<number>;\nasync function main() {\n  await send('a');\n}\nmain().catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\nexport {};`,
            },
            {
              messageId: 'suggestVoid',
              output: `#!/usr/bin/env node\ndeclare function send(msg: string): Promise<void>;\ndeclare function load(id: string): Promise<number>;\nasync function main() {\n  await send('a');\n}\nvoid main();\nexport {};`,
            },
          ],
        },
      ],
    },
    {
      // entry script (a `require.main === module` guard); no top-level `await` in a script
      options: [{ checkEntryScripts: true }],
      code: `${decl}async function main() {\n  await send('a');\n}\nif (require.main === module) {\n  main();\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}async function main() {\n  await send('a');\n}\nif (require.main === module) {\n  main().catch((error: unknown) => {\n    console.error(error);\n    process.exitCode = 1;\n  });\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}async function main() {\n  await send('a');\n}\nif (require.main === module) {\n  void main();\n}`,
            },
          ],
        },
      ],
    },
    {
      // entry script (an `import.meta.main` guard)
      options: [{ checkEntryScripts: true }],
      code: `${decl}async function main() {\n  await send('a');\n}\nif (import.meta.main) {\n  main();\n}\nexport {};`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function main() {\n  await send('a');\n}\nif (import.meta.main) {\n  await main();\n}\nexport {};`,
            },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function main() {\n  await send('a');\n}\nif (import.meta.main) {\n  main().catch((error: unknown) => {\n    console.error(error);\n    process.exitCode = 1;\n  });\n}\nexport {};`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}async function main() {\n  await send('a');\n}\nif (import.meta.main) {\n  void main();\n}\nexport {};`,
            },
          ],
        },
      ],
    },
    {
      // entry script: a file no other file of the program imports
      options: [{ checkEntryScripts: true }],
      code: `${decl}async function main() {\n  await send('a');\n}\nmain();\nexport {};`,
      filename: 'script.ts',
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 7,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function main() {\n  await send('a');\n}\nawait main();\nexport {};` },
            {
              messageId: 'suggestCatch',
              output: `${decl}async function main() {\n  await send('a');\n}\nmain().catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\nexport {};`,
            },
            { messageId: 'suggestVoid', output: `${decl}async function main() {\n  await send('a');\n}\nvoid main();\nexport {};` },
          ],
        },
      ],
    },
    {
      // entry script: a module-level logger, and the exit code
      options: [{ checkEntryScripts: true }],
      code: `${decl}declare const logger: { error(error: unknown): void };\nasync function main() {\n  await send('a');\n}\nmain();\nexport {};`,
      filename: 'script.ts',
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare const logger: { error(error: unknown): void };\nasync function main() {\n  await send('a');\n}\nawait main();\nexport {};`,
            },
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const logger: { error(error: unknown): void };\nasync function main() {\n  await send('a');\n}\nmain().catch((error: unknown) => {\n  logger.error(error);\n  process.exitCode = 1;\n});\nexport {};`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}declare const logger: { error(error: unknown): void };\nasync function main() {\n  await send('a');\n}\nvoid main();\nexport {};`,
            },
          ],
        },
      ],
    },
    {
      // entry script: code inside a function does not decide the exit code
      options: [{ checkEntryScripts: true }],
      code: `${decl}export function later() {\n  send('a');\n}`,
      filename: 'script.ts',
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}export function later() {\n  send('a').catch((error: unknown) => { console.error(error); });\n}`,
            },
            { messageId: 'suggestVoid', output: `${decl}export function later() {\n  void send('a');\n}` },
          ],
        },
      ],
    },
    {
      // entry script: an array of promises at the top level
      options: [{ checkEntryScripts: true }],
      code: `${decl}declare const ids: string[];\nids.map(load);\nexport {};`,
      filename: 'script.ts',
      errors: [
        {
          messageId: 'floatingArray',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            { messageId: 'suggestAwaitAll', output: `${decl}declare const ids: string[];\nawait Promise.all(ids.map(load));\nexport {};` },
            {
              messageId: 'suggestCatch',
              output: `${decl}declare const ids: string[];\nvoid Promise.all(ids.map(load)).catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\nexport {};`,
            },
          ],
        },
      ],
    },
    {
      // entry script: a missing handler at the top level
      options: [{ checkEntryScripts: true }],
      code: `${decl}send('a').catch();`,
      filename: 'script.ts',
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestHandler',
              output: `${decl}send('a').catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});`,
            },
          ],
        },
      ],
    },
    {
      // a rejection on purpose gets no handler that would hide it
      code: `export function fail(error: Error) {\n  Promise.reject(error);\n}`,
      options: [{ checkDeliberateRejections: true }],
      errors: [
        {
          messageId: 'deliberateRejection',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 24,
          suggestions: [{ messageId: 'suggestVoid', output: `export function fail(error: Error) {\n  void Promise.reject(error);\n}` }],
        },
      ],
    },
    {
      // a rejection on purpose: `await` turns it into a throw, which hides nothing
      code: `export async function fail(error: Error) {\n  Promise.reject(error);\n}`,
      options: [{ checkDeliberateRejections: true }],
      errors: [
        {
          messageId: 'deliberateRejection',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            { messageId: 'suggestAwait', output: `export async function fail(error: Error) {\n  await Promise.reject(error);\n}` },
            { messageId: 'suggestVoid', output: `export async function fail(error: Error) {\n  void Promise.reject(error);\n}` },
          ],
        },
      ],
    },
    {
      // a rejection on purpose with an empty `.catch()`: nothing is offered
      code: `export function fail(error: Error) {\n  Promise.reject(error).catch();\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      // a rejection on purpose: an async IIFE that only throws
      code: `(async () => {\n  throw new Error('boom');\n})();\nexport {};`,
      options: [{ checkDeliberateRejections: true }],
      errors: [
        {
          messageId: 'deliberateRejection',
          line: 1,
          column: 1,
          endLine: 3,
          endColumn: 5,
          suggestions: [
            { messageId: 'suggestAwait', output: `await (async () => {\n  throw new Error('boom');\n})();\nexport {};` },
            { messageId: 'suggestVoid', output: `void (async () => {\n  throw new Error('boom');\n})();\nexport {};` },
          ],
        },
      ],
    },
    {
      // a rejection on purpose: an executor that only rejects
      code: `export function fail(error: Error) {\n  new Promise((resolve, reject) => reject(error));\n}`,
      options: [{ checkDeliberateRejections: true }],
      errors: [
        {
          messageId: 'deliberateRejection',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestVoid',
              output: `export function fail(error: Error) {\n  void new Promise((resolve, reject) => reject(error));\n}`,
            },
          ],
        },
      ],
    },
    {
      // a rejection on purpose, through `.finally(…)`
      code: `export function fail(error: Error) {\n  Promise.reject(error).finally(() => console.log('done'));\n}`,
      options: [{ checkDeliberateRejections: true }],
      errors: [
        {
          messageId: 'deliberateRejection',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestVoid',
              output: `export function fail(error: Error) {\n  void Promise.reject(error).finally(() => console.log('done'));\n}`,
            },
          ],
        },
      ],
    },
    {
      // a `null` handler holds no value: it is replaced
      code: `${decl}export function f() {\n  send('a').catch(null);\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestHandler',
              output: `${decl}export function f() {\n  send('a').catch((error: unknown) => { console.error(error); });\n}`,
            },
          ],
        },
      ],
    },
    {
      // a test mock used as a handler is never replaced, and a call cannot be read twice: nothing is offered
      code: `${decl}declare const vi: { fn(): { mock: unknown[] } };\nexport function f() {\n  send('a').then(() => 1, vi.fn());\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      // a member that may not be a function is kept behind a fallback
      code: `${decl}export class Job {\n  constructor(private readonly handler: string | ((error: unknown) => void)) {}\n  run(): void {\n    send('a').catch(this.handler);\n  }\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestFallbackHandler',
              output: `${decl}export class Job {\n  constructor(private readonly handler: string | ((error: unknown) => void)) {}\n  run(): void {\n    send('a').catch(typeof this.handler === 'function' ? this.handler : (error: unknown) => { console.error(error); });\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // an `undefined` handler is replaced by one routed to the `error` event of `this`
      code: `${decl}import { EventEmitter } from 'node:events';\nexport class Job extends EventEmitter {\n  run(): void {\n    send('a').then(() => 1, undefined);\n  }\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestHandler',
              output: `${decl}import { EventEmitter } from 'node:events';\nexport class Job extends EventEmitter {\n  run(): void {\n    send('a').then(() => 1, (error: unknown) => { this.emit('error', error); });\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // a missing handler inside an executor passes the error to `reject`
      code: `${decl}export function start(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    send('a').catch();\n    resolve();\n  });\n}`,
      errors: [
        {
          messageId: 'uselessRejectionHandler',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestHandler',
              output: `${decl}export function start(): Promise<void> {\n  return new Promise<void>((resolve, reject) => {\n    send('a').catch(reject);\n    resolve();\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: `process` is an emitter whose `emit` takes only its own events: no `error` event there
      code: `${decl}process.once('SIGTERM', async () => {\n  await send('bye');\n  process.exit(0);\n});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 3,
          column: 25,
          endLine: 6,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${decl}process.once('SIGTERM', async () => {\n  try {\n    await send('bye');\n    process.exit(0);\n  } catch (error: unknown) {\n    console.error(error);\n  }\n});`,
            },
          ],
        },
      ],
    },
    {
      // routing: a typed emitter whose events include `error`
      code: `${decl}import { EventEmitter } from 'node:events';\ninterface Events { error: [unknown]; tick: [] }\nexport class Typed extends EventEmitter<Events> {\n  start(): void {\n    send('a');\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\ninterface Events { error: [unknown]; tick: [] }\nexport class Typed extends EventEmitter<Events> {\n  start(): void {\n    send('a').catch((error: unknown) => { this.emit('error', error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}import { EventEmitter } from 'node:events';\ninterface Events { error: [unknown]; tick: [] }\nexport class Typed extends EventEmitter<Events> {\n  start(): void {\n    void send('a');\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // routing: a typed emitter whose events do not include `error` is no error channel
      code: `${decl}import { EventEmitter } from 'node:events';\ninterface Events { tick: [] }\nexport class Typed extends EventEmitter<Events> {\n  start(): void {\n    send('a');\n  }\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `${decl}import { EventEmitter } from 'node:events';\ninterface Events { tick: [] }\nexport class Typed extends EventEmitter<Events> {\n  start(): void {\n    send('a').catch((error: unknown) => { console.error(error); });\n  }\n}`,
            },
            {
              messageId: 'suggestVoid',
              output: `${decl}import { EventEmitter } from 'node:events';\ninterface Events { tick: [] }\nexport class Typed extends EventEmitter<Events> {\n  start(): void {\n    void send('a');\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // scheduler: a signal can abort the job while it waits, which rejects the promise
      code: `${poolDecl}export function enqueue(controller: AbortController): void {\n  pool.add(async () => 'ready', { signal: controller.signal });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 63,
          suggestions: floatingSuggestions(
            `${poolDecl}export function enqueue(controller: AbortController): void {\n  pool.add(async () => 'ready', { signal: controller.signal });\n}`,
            "pool.add(async () => 'ready', { signal: controller.signal })",
          ),
        },
      ],
    },
    {
      // scheduler: a task that destructures a resource depends on its acquisition
      code: `declare class Db { run<R>(task: (handle: { connection: { id: number } }) => Promise<R>): Promise<R> }
declare const db: Db;
export function enqueue(): void {
  db.run(async ({ connection }) => connection.id);
}`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 50,
          suggestions: floatingSuggestions(
            `declare class Db { run<R>(task: (handle: { connection: { id: number } }) => Promise<R>): Promise<R> }
declare const db: Db;
export function enqueue(): void {
  db.run(async ({ connection }) => connection.id);
}`,
            'db.run(async ({ connection }) => connection.id)',
          ),
        },
      ],
    },
    {
      // scheduler: the same local controller, aborted later, or handed on, can cancel the job
      code: `${poolDecl}declare function keep(controller: AbortController): void;
export function enqueue(): void {
  const controller = new AbortController();
  pool.add(async () => 'ready', { signal: controller.signal });
  controller.abort();
  const handed = new AbortController();
  pool.add(async () => 'ready', { signal: handed.signal });
  keep(handed);
}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 63,
          suggestions: floatingSuggestions(
            `${poolDecl}declare function keep(controller: AbortController): void;
export function enqueue(): void {
  const controller = new AbortController();
  pool.add(async () => 'ready', { signal: controller.signal });
  controller.abort();
  const handed = new AbortController();
  pool.add(async () => 'ready', { signal: handed.signal });
  keep(handed);
}`,
            "pool.add(async () => 'ready', { signal: controller.signal })",
          ),
        },
        {
          messageId: 'floating',
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 59,
          suggestions: floatingSuggestions(
            `${poolDecl}declare function keep(controller: AbortController): void;
export function enqueue(): void {
  const controller = new AbortController();
  pool.add(async () => 'ready', { signal: controller.signal });
  controller.abort();
  const handed = new AbortController();
  pool.add(async () => 'ready', { signal: handed.signal });
  keep(handed);
}`,
            "pool.add(async () => 'ready', { signal: handed.signal })",
          ),
        },
      ],
    },
    {
      // scheduler: options that may carry a signal or timeout
      code: `${poolDecl}export function enqueue(options: JobOptions): void {\n  pool.add(async () => 'ready', options);\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 41,
          suggestions: floatingSuggestions(
            `${poolDecl}export function enqueue(options: JobOptions): void {\n  pool.add(async () => 'ready', options);\n}`,
            "pool.add(async () => 'ready', options)",
          ),
        },
      ],
    },
    {
      // scheduler: a timeout spread into the options
      code: `${poolDecl}export function enqueue(): void {\n  pool.add(async () => 'ready', { ...{ timeout: 5 } });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 55,
          suggestions: floatingSuggestions(
            `${poolDecl}export function enqueue(): void {\n  pool.add(async () => 'ready', { ...{ timeout: 5 } });\n}`,
            "pool.add(async () => 'ready', { ...{ timeout: 5 } })",
          ),
        },
      ],
    },
    {
      // scheduler: the job uses what the scheduler hands it (acquired for it, which can fail)
      code: `${poolDecl}declare function open(id: number): Promise<string>;\nexport function enqueue(): void {\n  pool.add(async (slot) => open(slot.id));\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 42,
          suggestions: floatingSuggestions(
            `${poolDecl}declare function open(id: number): Promise<string>;\nexport function enqueue(): void {\n  pool.add(async (slot) => open(slot.id));\n}`,
            'pool.add(async (slot) => open(slot.id))',
          ),
        },
      ],
    },
    {
      // scheduler: the job itself can reject
      code: `${poolDecl}export function enqueue(): void {\n  pool.add(async () => { await later(5); return 'late'; });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 59,
          suggestions: floatingSuggestions(
            `${poolDecl}export function enqueue(): void {\n  pool.add(async () => { await later(5); return 'late'; });\n}`,
            "pool.add(async () => { await later(5); return 'late'; })",
          ),
        },
      ],
    },
    {
      // scheduler: a plain job that throws rejects the promise
      code: `${poolDecl}export function enqueue(): void {\n  pool.add(() => { throw new Error('no'); });\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 45,
          suggestions: floatingSuggestions(
            `${poolDecl}export function enqueue(): void {\n  pool.add(() => { throw new Error('no'); });\n}`,
            "pool.add(() => { throw new Error('no'); })",
          ),
        },
      ],
    },
    {
      // scheduler: the pool was built with a default timeout
      code: `${poolDecl}const strict = new Pool({ timeout: 50 });\nexport function enqueue(): void {\n  strict.add(async () => 'ready');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 34,
          suggestions: floatingSuggestions(
            `${poolDecl}const strict = new Pool({ timeout: 50 });\nexport function enqueue(): void {\n  strict.add(async () => 'ready');\n}`,
            "strict.add(async () => 'ready')",
          ),
        },
      ],
    },
    {
      // scheduler: the pool is given a default timeout later
      code: `${poolDecl}const slow = new Pool();\nslow.timeout = 50;\nexport function enqueue(): void {\n  slow.add(async () => 'ready');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 32,
          suggestions: floatingSuggestions(
            `${poolDecl}const slow = new Pool();\nslow.timeout = 50;\nexport function enqueue(): void {\n  slow.add(async () => 'ready');\n}`,
            "slow.add(async () => 'ready')",
          ),
        },
      ],
    },
    {
      // scheduler: a pool from elsewhere may have a default timeout
      code: `${poolDecl}export function enqueue(shared: Pool): void {\n  shared.add(async () => 'ready');\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 34,
          suggestions: floatingSuggestions(
            `${poolDecl}export function enqueue(shared: Pool): void {\n  shared.add(async () => 'ready');\n}`,
            "shared.add(async () => 'ready')",
          ),
        },
      ],
    },
    {
      // scheduler: a promise of void, unrelated to the job's result
      code: `declare function schedule<T>(job: () => T): Promise<void>;\nexport function enqueue(): void {\n  schedule(() => 1);\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
          suggestions: floatingSuggestions(
            `declare function schedule<T>(job: () => T): Promise<void>;\nexport function enqueue(): void {\n  schedule(() => 1);\n}`,
            'schedule(() => 1)',
          ),
        },
      ],
    },
    {
      // scheduler: two callbacks settle the promise, which one is unknown
      code: `declare function retry<T>(job: () => Promise<T>, fallback: () => T): Promise<T>;\nexport function enqueue(): void {\n  retry(async () => 1, () => 2);\n}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 32,
          suggestions: floatingSuggestions(
            `declare function retry<T>(job: () => Promise<T>, fallback: () => T): Promise<T>;\nexport function enqueue(): void {\n  retry(async () => 1, () => 2);\n}`,
            'retry(async () => 1, () => 2)',
          ),
        },
      ],
    },
  ],
});
