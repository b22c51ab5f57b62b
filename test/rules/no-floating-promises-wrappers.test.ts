import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Tracing wrappers: a function that hands back its callback's promise (through another wrapper,
// or a context manager's `with(context, fn)`) rejects only when that callback can. A scheduler's
// task that schedules again through an async method cannot throw for that.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // A helper in another module returning a batching runner's `Promise.all` of chains caught with a named no-op: the awaited call cannot reject.
    `import { EventEmitter } from 'node:events';
import { PausedJobs } from './helpers.js';
let resumed = 0;
export function watchOnline(network: EventEmitter, jobs: PausedJobs): void {
  network.on('online', async () => {
    await jobs.resumeAll();
    resumed++;
  });
}`,
    // A deferred that is its own promise (`Object.assign(p, { resolve, reject })`), kept in a field nobody rejects: the method returning it cannot reject.
    `interface Deferred<T> extends Promise<T> {
  resolve(value: T): void;
  reject(reason?: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let methods = {};
  const p = new Promise<T>((resolve, reject) => {
    methods = { resolve, reject };
  });
  return Object.assign(p, methods) as Deferred<T>;
}
declare const socket: { close(): void; bufferedAmount: number };
export class Transport {
  closedNotification: Deferred<void>;
  done = false;
  constructor() {
    this.closedNotification = deferred();
  }
  private async shutDown(): Promise<void> {
    try {
      socket.close();
    } catch {
      // ignore
    }
    this.done = true;
    this.closedNotification.resolve();
    return this.closedNotification as Promise<void>;
  }
  closed(): Promise<void> {
    return this.closedNotification;
  }
  onClose(): void {
    this.shutDown();
  }
}`,
    // The same sleep written here, returning `Object.assign(p, { cancel })`.
    `function sleep(ms: number): Promise<void> & { cancel(): void } {
  let cancel = (): void => undefined;
  const p = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    cancel = () => clearTimeout(timer);
  });
  return Object.assign(p, { cancel });
}
let beats = 0;
function onHeartbeat(lag: number) {
  sleep(lag).then(() => {
    beats++;
  });
}`,
    // A cancellable sleep of another module, `Object.assign(p, methods)` around a resolve-only promise: the chain cannot reject.
    `import { pause } from './helpers.js';
let beats = 0;
function onHeartbeat(lag: number) {
  pause(lag).then(() => {
    beats++;
  });
}`,
    // a plain function that does its work synchronously and returns `Promise.resolve()`: the promise is already fulfilled
    `declare function setCookie(name: string, value: string): void;
const sessions: Record<string, { id: string } | undefined> = {};
export function clearSession(name: string): Promise<void> {
  sessions[name] = undefined;
  setCookie(name, '');
  return Promise.resolve();
}
export function onLogout(name: string): void {
  clearSession(name);
}`,
    // outside test code, an async function that can reject only through `assert` checks of its own invariants (a failure is a crash on purpose)
    `import assert from 'node:assert';
declare function fetchJob(): Promise<{ id: string } | null>;
declare function runJob(job: { id: string }): Promise<void>;
declare function log(message: string, error?: unknown): void;
export function createPoller() {
  let active = true;
  let current: { id: string } | null = null;
  const next = async (): Promise<void> => {
    assert.ok(active, 'next called after the poller stopped');
    assert.ok(!current, 'there should be no current job');
    try {
      const job = await fetchJob();
      if (!job) return;
      current = job;
      await runJob(job);
    } catch (error) {
      log('job failed', error);
    } finally {
      current = null;
    }
  };
  const timer = setInterval(() => {
    if (active && !current) next();
  }, 1_000);
  return () => {
    active = false;
    clearInterval(timer);
  };
}`,
    // a closure hands back a promise it gave a rejection handler when it made it (`Promise.resolve(promise)` is that promise)
    `declare function deferred(): Promise<void> & { resolve(): void; reject(error: Error): void };
declare function log(message: string, error?: unknown): void;
export function startWorker(id: string) {
  const stopped = deferred();
  const promise = stopped.finally(() => log(\`worker \${id} stopped\`));
  promise.then(
    () => log('stopped cleanly'),
    (error) => log('stopped with an error', error),
  );
  let active = true;
  const release = () => {
    if (active) {
      active = false;
      stopped.resolve();
    }
    return Promise.resolve(promise);
  };
  process.once('SIGTERM', () => {
    release();
  });
  return { release, promise };
}`,
    // a wrapper calling a wrapper that runs the callback inside `with(…)` and rethrows; the callback swallows its errors
    `interface ContextManager { with<A extends (...args: any[]) => any>(context: object, fn: A): ReturnType<A>; active(): object }
interface Span { end(): void; recordException(e: Error): void }
declare const telemetry: { contextManager: ContextManager; startSpan(): Span } | undefined;
export async function trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
  if (!telemetry) return callback();
  const span = telemetry.startSpan();
  try {
    return await telemetry.contextManager.with(telemetry.contextManager.active(), () => callback(span));
  } catch (err) {
    span.recordException(err as Error);
    throw err;
  } finally {
    span.end();
  }
}
class Base {
  trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
    return trace<Promise<T> | T>(name, callback);
  }
  emit(event: string, value: unknown) { return event === String(value); }
}
declare function extend(ids: string[]): Promise<string[]>;
export class Locks {
  worker = new Base();
  async extendLocks(ids: string[]): Promise<void> {
    await this.worker.trace<void>('extend', async () => {
      try {
        const failed = await extend(ids);
        if (failed.length) this.worker.emit('failed', failed);
      } catch (err) {
        this.worker.emit('error', err);
      }
    });
  }
  start() {
    setTimeout(async () => {
      await this.extendLocks(['a']);
      this.start();
    }, 100);
  }
  direct() {
    trace('x', async () => { await extend([]).catch(() => []); });
  }
}`,
    // a wrapper declared only by an interface, `Promise<T> | T` of a callback taking an optional span
    `interface Span { setAttribute(key: string, value: string): void }
interface Tracing {
  trace<T>(name: string, callback: (span?: Span) => Promise<T> | T): Promise<T> | T;
  emit(event: string, value: unknown): boolean;
}
declare function renew(ids: string[]): Promise<string[]>;
export class Renewer {
  constructor(private worker: Tracing) {}
  async renew(ids: string[]): Promise<void> {
    await this.worker.trace<void>('renew', async (span) => {
      span?.setAttribute('count', String(ids.length));
      try {
        await renew(ids);
      } catch (error) {
        this.worker.emit('error', error);
      }
    });
  }
  schedule() {
    setTimeout(async () => {
      await this.renew(['a']);
      this.schedule();
    }, 1000);
  }
}`,
    // a task that schedules the next one: calling an async method rejects, it never throws
    `class Queue {
  async add<T>(task: () => T | PromiseLike<T>): Promise<T> {
    return task();
  }
}
const queue = new Queue();
const order: number[] = [];
const schedule = (index: number): void => {
  queue.add(() => {
    order.push(index);
    if (index < 4) schedule(index + 1);
  });
};
schedule(0);`,
  ],
  invalid: [
    // The same runner without the catch on each job: the listener's promise can reject.
    {
      code: `import { EventEmitter } from 'node:events';
import { PausedJobs } from './helpers.js';
let resumed = 0;
export function watchOnline(network: EventEmitter, jobs: PausedJobs): void {
  network.on('online', async () => {
    await jobs.resumeAllLoudly();
    resumed++;
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 5,
          column: 24,
          endLine: 8,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { EventEmitter } from 'node:events';
import { PausedJobs } from './helpers.js';
let resumed = 0;
export function watchOnline(network: EventEmitter, jobs: PausedJobs): void {
  network.on('online', async () => {
    try {
      await jobs.resumeAllLoudly();
      resumed++;
    } catch (error: unknown) {
      network.emit('error', error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
    // The same field with a `reject` read off it somewhere in the program: the returned promise can reject.
    {
      code: `interface Deferred<T> extends Promise<T> {
  resolve(value: T): void;
  reject(reason?: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let methods = {};
  const p = new Promise<T>((resolve, reject) => {
    methods = { resolve, reject };
  });
  return Object.assign(p, methods) as Deferred<T>;
}
declare const socket: { close(): void; bufferedAmount: number };
export class Transport {
  closedNotification: Deferred<void>;
  done = false;
  constructor() {
    this.closedNotification = deferred();
  }
  private async shutDown(): Promise<void> {
    try {
      socket.close();
    } catch {
      // ignore
    }
    this.done = true;
    this.closedNotification.resolve();
    return this.closedNotification as Promise<void>;
  }
  closed(): Promise<void> {
    return this.closedNotification;
  }
  fail(err: Error): void {
    this.closedNotification.reject(err);
  }
  onClose(): void {
    this.shutDown();
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 36,
          column: 5,
          endLine: 36,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `interface Deferred<T> extends Promise<T> {
  resolve(value: T): void;
  reject(reason?: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let methods = {};
  const p = new Promise<T>((resolve, reject) => {
    methods = { resolve, reject };
  });
  return Object.assign(p, methods) as Deferred<T>;
}
declare const socket: { close(): void; bufferedAmount: number };
export class Transport {
  closedNotification: Deferred<void>;
  done = false;
  constructor() {
    this.closedNotification = deferred();
  }
  private async shutDown(): Promise<void> {
    try {
      socket.close();
    } catch {
      // ignore
    }
    this.done = true;
    this.closedNotification.resolve();
    return this.closedNotification as Promise<void>;
  }
  closed(): Promise<void> {
    return this.closedNotification;
  }
  fail(err: Error): void {
    this.closedNotification.reject(err);
  }
  onClose(): void {
    this.shutDown().catch((error: unknown) => { console.error(error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface Deferred<T> extends Promise<T> {
  resolve(value: T): void;
  reject(reason?: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let methods = {};
  const p = new Promise<T>((resolve, reject) => {
    methods = { resolve, reject };
  });
  return Object.assign(p, methods) as Deferred<T>;
}
declare const socket: { close(): void; bufferedAmount: number };
export class Transport {
  closedNotification: Deferred<void>;
  done = false;
  constructor() {
    this.closedNotification = deferred();
  }
  private async shutDown(): Promise<void> {
    try {
      socket.close();
    } catch {
      // ignore
    }
    this.done = true;
    this.closedNotification.resolve();
    return this.closedNotification as Promise<void>;
  }
  closed(): Promise<void> {
    return this.closedNotification;
  }
  fail(err: Error): void {
    this.closedNotification.reject(err);
  }
  onClose(): void {
    void this.shutDown();
  }
}`,
            },
          ],
        },
      ],
    },
    // `Object.assign` around a download that can fail keeps its rejection.
    {
      code: `import { cancellableDownload } from './helpers.js';
let downloads = 0;
function warm(url: string) {
  cancellableDownload(url).then(() => {
    downloads++;
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 6,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { cancellableDownload } from './helpers.js';
let downloads = 0;
function warm(url: string) {
  cancellableDownload(url).then(() => {
    downloads++;
  }).catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { cancellableDownload } from './helpers.js';
let downloads = 0;
function warm(url: string) {
  void cancellableDownload(url).then(() => {
    downloads++;
  });
}`,
            },
          ],
        },
      ],
    },
    {
      // one path returns `Promise.resolve()`, the other a real flush that can reject
      code: `export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
declare function flush(): Promise<void>;
export function saveLater(): Promise<void> {
  if (Math.random() > 0.5) return Promise.resolve();
  return flush();
}
export function onLogout(): void {
  saveLater();
}`,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
declare function flush(): Promise<void>;
export function saveLater(): Promise<void> {
  if (Math.random() > 0.5) return Promise.resolve();
  return flush();
}
export function onLogout(): void {
  saveLater().catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
declare function flush(): Promise<void>;
export function saveLater(): Promise<void> {
  if (Math.random() > 0.5) return Promise.resolve();
  return flush();
}
export function onLogout(): void {
  void saveLater();
}`,
            },
          ],
        },
      ],
    },
    {
      // outside test code, a continuation on a promise nothing else waits for
      code: `declare function startPool(): { promise: Promise<void>; shutdown(): Promise<void> };
export async function runUntilDone(): Promise<boolean> {
  const pool = startPool();
  let finished = false;
  pool.promise.then(() => {
    finished = true;
  });
  await pool.shutdown();
  return finished;
}`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 7,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare function startPool(): { promise: Promise<void>; shutdown(): Promise<void> };
export async function runUntilDone(): Promise<boolean> {
  const pool = startPool();
  let finished = false;
  pool.promise.then(() => {
    finished = true;
  }).catch((error: unknown) => { console.error(error); });
  await pool.shutdown();
  return finished;
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function startPool(): { promise: Promise<void>; shutdown(): Promise<void> };
export async function runUntilDone(): Promise<boolean> {
  const pool = startPool();
  let finished = false;
  void pool.promise.then(() => {
    finished = true;
  });
  await pool.shutdown();
  return finished;
}`,
            },
          ],
        },
      ],
    },
    {
      // the same function with a `throw` instead of an assertion can reject
      code: `declare function fetchJob(): Promise<{ id: string } | null>;
declare function runJob(job: { id: string }): Promise<void>;
declare function log(message: string, error?: unknown): void;
export function createPoller() {
  let active = true;
  let current: { id: string } | null = null;
  const next = async (): Promise<void> => {
    if (!active) throw new Error('next called after the poller stopped');
    try {
      const job = await fetchJob();
      if (!job) return;
      current = job;
      await runJob(job);
    } catch (error) {
      log('job failed', error);
    } finally {
      current = null;
    }
  };
  const timer = setInterval(() => {
    if (!current) next();
  }, 1_000);
  return () => {
    active = false;
    clearInterval(timer);
  };
}`,
      errors: [
        {
          messageId: 'floating',
          line: 21,
          column: 19,
          endLine: 21,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare function fetchJob(): Promise<{ id: string } | null>;
declare function runJob(job: { id: string }): Promise<void>;
declare function log(message: string, error?: unknown): void;
export function createPoller() {
  let active = true;
  let current: { id: string } | null = null;
  const next = async (): Promise<void> => {
    if (!active) throw new Error('next called after the poller stopped');
    try {
      const job = await fetchJob();
      if (!job) return;
      current = job;
      await runJob(job);
    } catch (error) {
      log('job failed', error);
    } finally {
      current = null;
    }
  };
  const timer = setInterval(() => {
    if (!current) next().catch((error: unknown) => { console.error(error); });
  }, 1_000);
  return () => {
    active = false;
    clearInterval(timer);
  };
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function fetchJob(): Promise<{ id: string } | null>;
declare function runJob(job: { id: string }): Promise<void>;
declare function log(message: string, error?: unknown): void;
export function createPoller() {
  let active = true;
  let current: { id: string } | null = null;
  const next = async (): Promise<void> => {
    if (!active) throw new Error('next called after the poller stopped');
    try {
      const job = await fetchJob();
      if (!job) return;
      current = job;
      await runJob(job);
    } catch (error) {
      log('job failed', error);
    } finally {
      current = null;
    }
  };
  const timer = setInterval(() => {
    if (!current) void next();
  }, 1_000);
  return () => {
    active = false;
    clearInterval(timer);
  };
}`,
            },
          ],
        },
      ],
    },
    {
      // the handler is attached only after the closure was made, so the closure may run first
      code: `declare function deferred(): Promise<void> & { resolve(): void; reject(error: Error): void };
declare function log(message: string, error?: unknown): void;
export function startWorker(id: string) {
  const stopped = deferred();
  const promise = stopped.finally(() => log(\`worker \${id} stopped\`));
  let active = true;
  const release = () => {
    if (active) {
      active = false;
      stopped.resolve();
    }
    return Promise.resolve(promise);
  };
  promise.then(
    () => log('stopped cleanly'),
    (error) => log('stopped with an error', error),
  );
  process.once('SIGTERM', () => {
    release();
  });
  return { release, promise };
}`,
      errors: [
        {
          messageId: 'floating',
          line: 19,
          column: 5,
          endLine: 19,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare function deferred(): Promise<void> & { resolve(): void; reject(error: Error): void };
declare function log(message: string, error?: unknown): void;
export function startWorker(id: string) {
  const stopped = deferred();
  const promise = stopped.finally(() => log(\`worker \${id} stopped\`));
  let active = true;
  const release = () => {
    if (active) {
      active = false;
      stopped.resolve();
    }
    return Promise.resolve(promise);
  };
  promise.then(
    () => log('stopped cleanly'),
    (error) => log('stopped with an error', error),
  );
  process.once('SIGTERM', () => {
    release().catch((error: unknown) => { console.error(error); });
  });
  return { release, promise };
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function deferred(): Promise<void> & { resolve(): void; reject(error: Error): void };
declare function log(message: string, error?: unknown): void;
export function startWorker(id: string) {
  const stopped = deferred();
  const promise = stopped.finally(() => log(\`worker \${id} stopped\`));
  let active = true;
  const release = () => {
    if (active) {
      active = false;
      stopped.resolve();
    }
    return Promise.resolve(promise);
  };
  promise.then(
    () => log('stopped cleanly'),
    (error) => log('stopped with an error', error),
  );
  process.once('SIGTERM', () => {
    void release();
  });
  return { release, promise };
}`,
            },
          ],
        },
      ],
    },
    // the same wrappers around a callback that can reject
    {
      code: `interface ContextManager { with<A extends (...args: any[]) => any>(context: object, fn: A): ReturnType<A>; active(): object }
interface Span { end(): void; recordException(e: Error): void }
declare const telemetry: { contextManager: ContextManager; startSpan(): Span } | undefined;
export async function trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
  if (!telemetry) return callback();
  const span = telemetry.startSpan();
  try {
    return await telemetry.contextManager.with(telemetry.contextManager.active(), () => callback(span));
  } catch (err) {
    span.recordException(err as Error);
    throw err;
  } finally {
    span.end();
  }
}
class Base {
  trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
    return trace<Promise<T> | T>(name, callback);
  }
  emit(event: string, value: unknown) { return event === String(value); }
}
declare function extend(ids: string[]): Promise<string[]>;
export class Locks {
  worker = new Base();
  async extendLocks(ids: string[]): Promise<void> {
    await this.worker.trace<void>('extend', async () => {
      const failed = await extend(ids);
      if (failed.length) this.worker.emit('failed', failed);
    });
  }
  start() {
    setTimeout(async () => {
      await this.extendLocks(['a']);
      this.start();
    }, 100);
  }
  direct() {
    trace('x', async () => { await extend([]); });
  }
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 32,
          column: 16,
          endLine: 35,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              data: { channel: '`console.error`' },
              output: `interface ContextManager { with<A extends (...args: any[]) => any>(context: object, fn: A): ReturnType<A>; active(): object }
interface Span { end(): void; recordException(e: Error): void }
declare const telemetry: { contextManager: ContextManager; startSpan(): Span } | undefined;
export async function trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
  if (!telemetry) return callback();
  const span = telemetry.startSpan();
  try {
    return await telemetry.contextManager.with(telemetry.contextManager.active(), () => callback(span));
  } catch (err) {
    span.recordException(err as Error);
    throw err;
  } finally {
    span.end();
  }
}
class Base {
  trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
    return trace<Promise<T> | T>(name, callback);
  }
  emit(event: string, value: unknown) { return event === String(value); }
}
declare function extend(ids: string[]): Promise<string[]>;
export class Locks {
  worker = new Base();
  async extendLocks(ids: string[]): Promise<void> {
    await this.worker.trace<void>('extend', async () => {
      const failed = await extend(ids);
      if (failed.length) this.worker.emit('failed', failed);
    });
  }
  start() {
    setTimeout(async () => {
      try {
        await this.extendLocks(['a']);
        this.start();
      } catch (error: unknown) {
        console.error(error);
      }
    }, 100);
  }
  direct() {
    trace('x', async () => { await extend([]); });
  }
}`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 38,
          column: 5,
          endLine: 38,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `interface ContextManager { with<A extends (...args: any[]) => any>(context: object, fn: A): ReturnType<A>; active(): object }
interface Span { end(): void; recordException(e: Error): void }
declare const telemetry: { contextManager: ContextManager; startSpan(): Span } | undefined;
export async function trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
  if (!telemetry) return callback();
  const span = telemetry.startSpan();
  try {
    return await telemetry.contextManager.with(telemetry.contextManager.active(), () => callback(span));
  } catch (err) {
    span.recordException(err as Error);
    throw err;
  } finally {
    span.end();
  }
}
class Base {
  trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
    return trace<Promise<T> | T>(name, callback);
  }
  emit(event: string, value: unknown) { return event === String(value); }
}
declare function extend(ids: string[]): Promise<string[]>;
export class Locks {
  worker = new Base();
  async extendLocks(ids: string[]): Promise<void> {
    await this.worker.trace<void>('extend', async () => {
      const failed = await extend(ids);
      if (failed.length) this.worker.emit('failed', failed);
    });
  }
  start() {
    setTimeout(async () => {
      await this.extendLocks(['a']);
      this.start();
    }, 100);
  }
  direct() {
    trace('x', async () => { await extend([]); }).catch((error: unknown) => { console.error(error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface ContextManager { with<A extends (...args: any[]) => any>(context: object, fn: A): ReturnType<A>; active(): object }
interface Span { end(): void; recordException(e: Error): void }
declare const telemetry: { contextManager: ContextManager; startSpan(): Span } | undefined;
export async function trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
  if (!telemetry) return callback();
  const span = telemetry.startSpan();
  try {
    return await telemetry.contextManager.with(telemetry.contextManager.active(), () => callback(span));
  } catch (err) {
    span.recordException(err as Error);
    throw err;
  } finally {
    span.end();
  }
}
class Base {
  trace<T>(name: string, callback: (span?: Span) => Promise<T> | T) {
    return trace<Promise<T> | T>(name, callback);
  }
  emit(event: string, value: unknown) { return event === String(value); }
}
declare function extend(ids: string[]): Promise<string[]>;
export class Locks {
  worker = new Base();
  async extendLocks(ids: string[]): Promise<void> {
    await this.worker.trace<void>('extend', async () => {
      const failed = await extend(ids);
      if (failed.length) this.worker.emit('failed', failed);
    });
  }
  start() {
    setTimeout(async () => {
      await this.extendLocks(['a']);
      this.start();
    }, 100);
  }
  direct() {
    void trace('x', async () => { await extend([]); });
  }
}`,
            },
          ],
        },
      ],
    },
    // a wrapper handing the callback a client it must acquire first, which can fail
    {
      code: `interface Client { query(sql: string): Promise<unknown> }
interface Pool {
  withClient<T>(name: string, callback: (client: Client) => Promise<T> | T): Promise<T> | T;
  emit(event: string, value: unknown): boolean;
}
export class Renewer {
  constructor(private pool: Pool) {}
  async renew(): Promise<void> {
    await this.pool.withClient<void>('renew', async (client) => {
      try {
        await client.query('UPDATE locks SET ts = now()');
      } catch (error) {
        this.pool.emit('error', error);
      }
    });
  }
  schedule() {
    setTimeout(async () => {
      await this.renew();
      this.schedule();
    }, 1000);
  }
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 18,
          column: 16,
          endLine: 21,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              data: { channel: '`console.error`' },
              output: `interface Client { query(sql: string): Promise<unknown> }
interface Pool {
  withClient<T>(name: string, callback: (client: Client) => Promise<T> | T): Promise<T> | T;
  emit(event: string, value: unknown): boolean;
}
export class Renewer {
  constructor(private pool: Pool) {}
  async renew(): Promise<void> {
    await this.pool.withClient<void>('renew', async (client) => {
      try {
        await client.query('UPDATE locks SET ts = now()');
      } catch (error) {
        this.pool.emit('error', error);
      }
    });
  }
  schedule() {
    setTimeout(async () => {
      try {
        await this.renew();
        this.schedule();
      } catch (error: unknown) {
        console.error(error);
      }
    }, 1000);
  }
}`,
            },
          ],
        },
      ],
    },
    // the task also calls a function that may throw
    {
      code: `class Queue {
  async add<T>(task: () => T | PromiseLike<T>): Promise<T> {
    return task();
  }
}
declare function validate(index: number): void;
const queue = new Queue();
const order: number[] = [];
const schedule = (index: number): void => {
  queue.add(() => {
    validate(index);
    order.push(index);
    if (index < 4) schedule(index + 1);
  });
};
schedule(0);`,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 3,
          endLine: 14,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `class Queue {
  async add<T>(task: () => T | PromiseLike<T>): Promise<T> {
    return task();
  }
}
declare function validate(index: number): void;
const queue = new Queue();
const order: number[] = [];
const schedule = (index: number): void => {
  queue.add(() => {
    validate(index);
    order.push(index);
    if (index < 4) schedule(index + 1);
  }).catch((error: unknown) => { console.error(error); });
};
schedule(0);`,
            },
            {
              messageId: 'suggestVoid',
              output: `class Queue {
  async add<T>(task: () => T | PromiseLike<T>): Promise<T> {
    return task();
  }
}
declare function validate(index: number): void;
const queue = new Queue();
const order: number[] = [];
const schedule = (index: number): void => {
  void queue.add(() => {
    validate(index);
    order.push(index);
    if (index < 4) schedule(index + 1);
  });
};
schedule(0);`,
            },
          ],
        },
      ],
    },
  ],
});
