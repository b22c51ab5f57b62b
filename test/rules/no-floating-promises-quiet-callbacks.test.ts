import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Async callbacks whose bodies cannot throw: listener registrations, property writes on present
// values, waits for a resolve-only sleep declared in another module. An assertion still throws.
const worker = `declare class Worker {
  concurrency: number;
  on(event: 'completed' | 'failed' | 'ready', listener: (job: { attempts: number }) => void): this;
}
declare const expect: (value: unknown) => { toBe(expected: unknown): void };
`;

typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // A resolve-only executor whose one statement wires callbacks on what a quiet method of the program returns: it cannot reject.
    `interface Push {
  receive(status: 'ok' | 'error' | 'timeout', callback: () => void): Push;
}
declare const channel: { leave(timeout?: number): Push };
class Adapter {
  unsubscribe(timeout?: number): Push {
    return channel.leave(timeout);
  }
}
export class Channel {
  private readonly adapter = new Adapter();
  async unsubscribe(timeout = 1000): Promise<'ok' | 'timed out' | 'error'> {
    return new Promise((resolve) => {
      this.adapter
        .unsubscribe(timeout)
        .receive('ok', () => resolve('ok'))
        .receive('timeout', () => resolve('timed out'))
        .receive('error', () => resolve('error'));
    });
  }
  teardown(): void {
    this.unsubscribe();
  }
}`,
    // A plain method whose every return is a chain it already handled (an overloaded `noop`), or a fulfilled promise.
    `function noop(): void;
function noop(): undefined;
function noop() {}
function quiet() {}
declare const retryer: { promise: Promise<string> | undefined; cancel(): void };
class Query {
  a(): Promise<void> {
    const promise = retryer.promise!;
    return promise.then(noop).catch(noop);
  }
  b(): Promise<void> {
    const promise = retryer.promise!;
    return promise.then(quiet).catch(quiet);
  }
  c(): Promise<void> {
    const promise = retryer.promise;
    return promise ? promise.then(quiet).catch(quiet) : Promise.resolve();
  }
  destroy(): void {
    this.a();
    this.b();
    this.c();
  }
}
export { Query };`,
    // A private field only ever given a promise that cannot reject: the awaits through it cannot reject either.
    `declare function log(message: string, error: unknown): void;
declare const processor: { shutdown(timeout?: number): Promise<void> };
declare function hasOtherListeners(event: string): boolean;
export class Provider {
  #shutdownPromise: Promise<void> | undefined;
  async shutdown(timeout?: number): Promise<void> {
    if (!this.#shutdownPromise) {
      this.#shutdownPromise = (async () => {
        try {
          await processor.shutdown(timeout);
        } catch (error) {
          log('shutdown failed', error);
        }
      })();
    }
    await this.#shutdownPromise;
  }
  listen(): void {
    const cleanup = async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          this.shutdown(5000),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, 5000);
          }),
        ]);
      } finally {
        if (timer) clearTimeout(timer);
      }
    };
    process.on('SIGINT', async () => {
      await cleanup();
      if (!hasOtherListeners('SIGINT')) process.exit(130);
    });
  }
}`,
    // An async server handler with no await that only ends the socket cannot reject: a stream's end() reports its failures on the stream.
    `import net from 'node:net';
export function refuseAll(): net.Server {
  return net.createServer(async (socket) => {
    socket.end();
  });
}`,
    // A waiter from another file typed loosely (`emitter: any`) whose executor only registers resolve as a listener cannot reject: neither can Promise.all of two, nor a callback that only pushes.
    `import { EventEmitter } from 'node:events';
import { nextEvent } from './helpers';
export function announce(bus: EventEmitter, log: string[]): void {
  Promise.all([nextEvent(bus, 'ready'), nextEvent(bus, 'warm')]).then(() => {
    log.push('both up');
  });
}`,
    // performance.now() from Node's typings and abort() cannot throw: the chain after a plain sleep cannot reject.
    `import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export function abortAfterStart(client: EventEmitter, controller: AbortController): { at: number } {
  const marks = { at: 0 };
  client.on('commandStarted', (name: string) =>
    name === 'find' &&
    sleep(1).then(() => {
      marks.at = performance.now();
      controller.abort();
    }),
  );
  return marks;
}`,
    // A promisified setTimeout never rejects and abort() does not throw: the chain the listener returns cannot reject.
    `import { EventEmitter } from 'node:events';
import { promisify } from 'node:util';

const sleep = promisify(setTimeout);

export function abortSoonAfter(bus: EventEmitter, controller: AbortController): void {
  bus.on('started', (name: string) => name === 'scan' && sleep(2).then(() => controller.abort()));
}`,
    // `finally` named through a const key still waits for its callback's promise
    `declare function upload(path: string): Promise<void>;
declare function cleanup(path: string): Promise<void>;
const settle = 'finally';
export function send(path: string): Promise<void> {
  return upload(path)[settle](async () => {
    await cleanup(path);
  });
}`,
    // the async listener only counts and sets a property of a present worker
    `${worker}export function twoDone(worker: Worker) {
  let seen = 0;
  return new Promise<void>((resolve) => {
    worker.on('completed', async (job) => {
      seen++;
      worker.concurrency = job.attempts + 1;
      if (seen === 2) resolve();
    });
  });
}`,
    // an async executor that waits for a sleep whose executor only starts a timer and listens for the abort
    `import { nap } from './helpers';
declare class Worker { on(event: string, listener: () => void): this }
export function settled(worker: Worker) {
  return new Promise<void>(async (resolve) => {
    worker.on('ready', () => resolve());
    await nap(1000);
    resolve();
  });
}`,
    // an async executor that only registers a listener, on a present emitter
    `${worker}export function ready(worker: Worker) {
  return new Promise<void>(async (resolve) => {
    worker.on('ready', () => resolve());
  });
}`,
  ],
  invalid: [
    // The same when that method throws on bad input: the executor's throw rejects the promise.
    {
      code: `interface Push {
  receive(status: 'ok' | 'error' | 'timeout', callback: () => void): Push;
}
declare const channel: { leave(timeout?: number): Push };
class Adapter {
  unsubscribe(timeout?: number): Push {
    if (timeout !== undefined && timeout < 0) throw new RangeError('timeout must not be negative');
    return channel.leave(timeout);
  }
}
export class Channel {
  private readonly adapter = new Adapter();
  async unsubscribe(timeout = 1000): Promise<'ok' | 'timed out' | 'error'> {
    return new Promise((resolve) => {
      this.adapter
        .unsubscribe(timeout)
        .receive('ok', () => resolve('ok'))
        .receive('timeout', () => resolve('timed out'))
        .receive('error', () => resolve('error'));
    });
  }
  teardown(): void {
    this.unsubscribe();
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 23,
          column: 5,
          endLine: 23,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `interface Push {
  receive(status: 'ok' | 'error' | 'timeout', callback: () => void): Push;
}
declare const channel: { leave(timeout?: number): Push };
class Adapter {
  unsubscribe(timeout?: number): Push {
    if (timeout !== undefined && timeout < 0) throw new RangeError('timeout must not be negative');
    return channel.leave(timeout);
  }
}
export class Channel {
  private readonly adapter = new Adapter();
  async unsubscribe(timeout = 1000): Promise<'ok' | 'timed out' | 'error'> {
    return new Promise((resolve) => {
      this.adapter
        .unsubscribe(timeout)
        .receive('ok', () => resolve('ok'))
        .receive('timeout', () => resolve('timed out'))
        .receive('error', () => resolve('error'));
    });
  }
  teardown(): void {
    this.unsubscribe().catch((error: unknown) => { console.error(error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface Push {
  receive(status: 'ok' | 'error' | 'timeout', callback: () => void): Push;
}
declare const channel: { leave(timeout?: number): Push };
class Adapter {
  unsubscribe(timeout?: number): Push {
    if (timeout !== undefined && timeout < 0) throw new RangeError('timeout must not be negative');
    return channel.leave(timeout);
  }
}
export class Channel {
  private readonly adapter = new Adapter();
  async unsubscribe(timeout = 1000): Promise<'ok' | 'timed out' | 'error'> {
    return new Promise((resolve) => {
      this.adapter
        .unsubscribe(timeout)
        .receive('ok', () => resolve('ok'))
        .receive('timeout', () => resolve('timed out'))
        .receive('error', () => resolve('error'));
    });
  }
  teardown(): void {
    void this.unsubscribe();
  }
}`,
            },
          ],
        },
      ],
    },
    // A `let` handled under `if (!options?.throwOnError)`: quiet for the calls that leave the option out, reported for the one that sets it.
    {
      code: `function noop(): void {}
interface FetchOptions {
  throwOnError?: boolean;
  cancelRefetch?: boolean;
}
declare const query: { fetch(options?: FetchOptions): Promise<string> };
export class Observer {
  #executeFetch(fetchOptions?: FetchOptions): Promise<string | void> {
    let promise: Promise<string | void> = query.fetch(fetchOptions);
    if (!fetchOptions?.throwOnError) {
      promise = promise.catch(noop);
    }
    return promise;
  }
  onSubscribe(): void {
    this.#executeFetch();
    this.#executeFetch({ cancelRefetch: false });
  }
  refetch(): void {
    this.#executeFetch({ throwOnError: true });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `function noop(): void {}
interface FetchOptions {
  throwOnError?: boolean;
  cancelRefetch?: boolean;
}
declare const query: { fetch(options?: FetchOptions): Promise<string> };
export class Observer {
  #executeFetch(fetchOptions?: FetchOptions): Promise<string | void> {
    let promise: Promise<string | void> = query.fetch(fetchOptions);
    if (!fetchOptions?.throwOnError) {
      promise = promise.catch(noop);
    }
    return promise;
  }
  onSubscribe(): void {
    this.#executeFetch();
    this.#executeFetch({ cancelRefetch: false });
  }
  refetch(): void {
    this.#executeFetch({ throwOnError: true }).catch((error: unknown) => { console.error(error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `function noop(): void {}
interface FetchOptions {
  throwOnError?: boolean;
  cancelRefetch?: boolean;
}
declare const query: { fetch(options?: FetchOptions): Promise<string> };
export class Observer {
  #executeFetch(fetchOptions?: FetchOptions): Promise<string | void> {
    let promise: Promise<string | void> = query.fetch(fetchOptions);
    if (!fetchOptions?.throwOnError) {
      promise = promise.catch(noop);
    }
    return promise;
  }
  onSubscribe(): void {
    this.#executeFetch();
    this.#executeFetch({ cancelRefetch: false });
  }
  refetch(): void {
    void this.#executeFetch({ throwOnError: true });
  }
}`,
            },
          ],
        },
      ],
    },
    // A returned chain without a rejection handler can still reject.
    {
      code: `function noop(): void {}
declare const retryer: { promise: Promise<string>; cancel(): void };
class Query {
  cancel(): Promise<void> {
    retryer.cancel();
    return retryer.promise.then(noop);
  }
  destroy(): void {
    this.cancel();
  }
}
export { Query };`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `function noop(): void {}
declare const retryer: { promise: Promise<string>; cancel(): void };
class Query {
  cancel(): Promise<void> {
    retryer.cancel();
    return retryer.promise.then(noop);
  }
  destroy(): void {
    this.cancel().catch((error: unknown) => { console.error(error); });
  }
}
export { Query };`,
            },
            {
              messageId: 'suggestVoid',
              output: `function noop(): void {}
declare const retryer: { promise: Promise<string>; cancel(): void };
class Query {
  cancel(): Promise<void> {
    retryer.cancel();
    return retryer.promise.then(noop);
  }
  destroy(): void {
    void this.cancel();
  }
}
export { Query };`,
            },
          ],
        },
      ],
    },
    // The same field given a request that can fail.
    {
      code: `declare function log(message: string, error: unknown): void;
declare const processor: { shutdown(timeout?: number): Promise<void> };
declare function hasOtherListeners(event: string): boolean;
export class Provider {
  #shutdownPromise: Promise<void> | undefined;
  async shutdown(timeout?: number): Promise<void> {
    if (!this.#shutdownPromise) {
      this.#shutdownPromise = processor.shutdown(timeout);
    }
    await this.#shutdownPromise;
  }
  listen(): void {
    const cleanup = async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          this.shutdown(5000),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, 5000);
          }),
        ]);
      } finally {
        if (timer) clearTimeout(timer);
      }
    };
    process.on('SIGINT', async () => {
      await cleanup();
      if (!hasOtherListeners('SIGINT')) process.exit(130);
    });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 26,
          column: 26,
          endLine: 29,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `declare function log(message: string, error: unknown): void;
declare const processor: { shutdown(timeout?: number): Promise<void> };
declare function hasOtherListeners(event: string): boolean;
export class Provider {
  #shutdownPromise: Promise<void> | undefined;
  async shutdown(timeout?: number): Promise<void> {
    if (!this.#shutdownPromise) {
      this.#shutdownPromise = processor.shutdown(timeout);
    }
    await this.#shutdownPromise;
  }
  listen(): void {
    const cleanup = async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          this.shutdown(5000),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, 5000);
          }),
        ]);
      } finally {
        if (timer) clearTimeout(timer);
      }
    };
    process.on('SIGINT', async () => {
      try {
        await cleanup();
        if (!hasOtherListeners('SIGINT')) process.exit(130);
      } catch (error: unknown) {
        console.error(error);
      }
    });
  }
}`,
            },
          ],
        },
      ],
    },
    // The same handler awaiting an audit call first can reject.
    {
      code: `import net from 'node:net';
declare function audit(address: string | undefined): Promise<void>;
export function refuseAll(): net.Server {
  return net.createServer(async (socket) => {
    await audit(socket.remoteAddress);
    socket.end();
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 27,
          endLine: 7,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import net from 'node:net';
declare function audit(address: string | undefined): Promise<void>;
export function refuseAll(): net.Server {
  return net.createServer(async (socket) => {
    try {
      await audit(socket.remoteAddress);
      socket.end();
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
    // The same waiter checking its argument first throws in its executor: the dropped chain can reject.
    {
      code: `import { EventEmitter } from 'node:events';
import { nextEventChecked } from './helpers';
export function announce(bus: EventEmitter, log: string[]): void {
  Promise.all([nextEventChecked(bus, 'ready'), nextEventChecked(bus, 'warm')]).then(() => {
    log.push('both up');
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
              output: `import { EventEmitter } from 'node:events';
import { nextEventChecked } from './helpers';
export function announce(bus: EventEmitter, log: string[]): void {
  Promise.all([nextEventChecked(bus, 'ready'), nextEventChecked(bus, 'warm')]).then(() => {
    log.push('both up');
  }).catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { EventEmitter } from 'node:events';
import { nextEventChecked } from './helpers';
export function announce(bus: EventEmitter, log: string[]): void {
  void Promise.all([nextEventChecked(bus, 'ready'), nextEventChecked(bus, 'warm')]).then(() => {
    log.push('both up');
  });
}`,
            },
          ],
        },
      ],
    },
    // The same listener parsing JSON after the sleep can reject.
    {
      code: `import { EventEmitter } from 'node:events';
import { promisify } from 'node:util';

const sleep = promisify(setTimeout);

export function abortSoonAfter(bus: EventEmitter, controller: AbortController): void {
  bus.on('started', (name: string) => name === 'scan' && sleep(2).then(() => JSON.parse(name)));
}`,
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 95,
          suggestions: [],
        },
      ],
    },
    // after a sleep that cannot reject, a plain call is not held against the IIFE; a test context's assertion is
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare const queue: { pause(): void };
declare const t: { is(actual: unknown, expected: unknown): void };
export function schedule(seen: number[]) {
  (async () => {
    await sleep(600);
    queue.pause();
  })();
  (async () => {
    await sleep(100);
    t.is(seen.length, 1);
  })();
}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 3,
          endLine: 12,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare const queue: { pause(): void };
declare const t: { is(actual: unknown, expected: unknown): void };
export function schedule(seen: number[]) {
  (async () => {
    await sleep(600);
    queue.pause();
  })();
  (async () => {
    await sleep(100);
    t.is(seen.length, 1);
  })().catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare const queue: { pause(): void };
declare const t: { is(actual: unknown, expected: unknown): void };
export function schedule(seen: number[]) {
  (async () => {
    await sleep(600);
    queue.pause();
  })();
  void (async () => {
    await sleep(100);
    t.is(seen.length, 1);
  })();
}`,
            },
          ],
        },
      ],
    },
    // the sleep it waits for rejects on abort
    {
      code: `import { napOrAbort } from './helpers';
declare class Worker { on(event: string, listener: () => void): this }
export function settled(worker: Worker, signal: AbortSignal) {
  return new Promise<void>(async (resolve) => {
    worker.on('ready', () => resolve());
    await napOrAbort(1000, signal);
    resolve();
  });
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 28,
          endLine: 8,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { napOrAbort } from './helpers';
declare class Worker { on(event: string, listener: () => void): this }
export function settled(worker: Worker, signal: AbortSignal) {
  return new Promise<void>(async (resolve) => {
    try {
      worker.on('ready', () => resolve());
      await napOrAbort(1000, signal);
      resolve();
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
    // an assertion throws by design: its failure rejects the ignored promise
    {
      code: `${worker}export function watch(worker: Worker) {
  worker.on('completed', async (job) => {
    worker.concurrency = 2;
    expect(job.attempts).toBe(1);
  });
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 7,
          column: 26,
          endLine: 10,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${worker}export function watch(worker: Worker) {
  worker.on('completed', async (job) => {
    try {
      worker.concurrency = 2;
      expect(job.attempts).toBe(1);
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
    // a property of a value that may be missing, or of \`any\`, can throw
    {
      code: `${worker}export function watch(worker: Worker, last: { job?: { attempts: number } }) {
  worker.on('failed', async () => {
    worker.concurrency = last.job!.attempts;
  });
  worker.on('failed', async (job) => {
    (job as any).attempts.count++;
  });
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 7,
          column: 23,
          endLine: 9,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${worker}export function watch(worker: Worker, last: { job?: { attempts: number } }) {
  worker.on('failed', async () => {
    try {
      worker.concurrency = last.job!.attempts;
    } catch (error: unknown) {
      console.error(error);
    }
  });
  worker.on('failed', async (job) => {
    (job as any).attempts.count++;
  });
}`,
            },
          ],
        },
        {
          messageId: 'asyncCallbackIgnored',
          line: 10,
          column: 23,
          endLine: 12,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${worker}export function watch(worker: Worker, last: { job?: { attempts: number } }) {
  worker.on('failed', async () => {
    worker.concurrency = last.job!.attempts;
  });
  worker.on('failed', async (job) => {
    try {
      (job as any).attempts.count++;
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});

// Async callbacks spread into rest and tuple-rest parameters typed `() => void`, and async
// error-first callbacks `(err, res) => void`.
describe('spread and error-first callbacks', () => {
  typedRuleTester().run('no-floating-promises', rule, {
    valid: [
      // spread hooks that return nothing
      `declare function onShutdown(...hooks: Array<() => void>): void;
const hooks = [() => console.log('bye'), () => console.log('done')];
onShutdown(...hooks);`,
      // the rest parameter accepts promise-returning hooks
      `declare function onShutdown(...hooks: Array<() => Promise<void> | void>): void;
declare function closeDb(): Promise<void>;
const hooks = [closeDb];
onShutdown(...hooks);`,
      // an error-first callback whose type accepts a promise
      `declare const client: { get(key: string, cb: (err: Error | null, body?: string) => Promise<void> | void): void };
declare function save(body: string): Promise<void>;
client.get('k', async (err, body) => {
  if (err || !body) return;
  await save(body);
});`,
      // strings spread into a rest parameter of strings
      `declare function log(...parts: string[]): void;
const parts = ['a', 'b'];
log(...parts);`,
    ],
    invalid: [
      // CLI: async shutdown hooks spread into a rest parameter typed `() => void`
      {
        code: `declare function onShutdown(...hooks: Array<() => void>): void;
declare function closeDb(): Promise<void>;
declare function flushLogs(): Promise<void>;
const hooks = [closeDb, flushLogs];
onShutdown(...hooks);`,
        output: null,
        errors: [{ messageId: 'asyncCallbackIgnored', line: 5, column: 12, endLine: 5, endColumn: 20 }],
      },
      // a tuple spread into a tuple rest: the async step lands on a `() => void` slot
      {
        code: `declare function register(name: string, ...steps: [() => void, () => void]): void;
declare function upload(): Promise<void>;
const steps = [upload, () => undefined] as const;
register('deploy', ...steps);`,
        output: null,
        errors: [{ messageId: 'asyncCallbackIgnored', line: 4, column: 20, endLine: 4, endColumn: 28 }],
      },
      // cloud SDK: an async error-first callback `(err, body) => void`
      {
        code: `declare const s3: { getObject(key: string, cb: (err: Error | null, body?: string) => void): void };
declare function save(body: string): Promise<void>;
s3.getObject('k', async (err, body) => {
  if (err || !body) return;
  await save(body);
});`,
        output: null,
        errors: [
          {
            messageId: 'asyncCallbackIgnored',
            line: 3,
            column: 19,
            endLine: 6,
            endColumn: 2,
            suggestions: [
              {
                messageId: 'suggestTryCatch',
                output: `declare const s3: { getObject(key: string, cb: (err: Error | null, body?: string) => void): void };
declare function save(body: string): Promise<void>;
s3.getObject('k', async (err, body) => {
  try {
    if (err || !body) return;
    await save(body);
  } catch (error: unknown) {
    console.error(error);
  }
});`,
              },
            ],
          },
        ],
      },
      // worker: async handlers spread into `new` with a rest parameter typed `() => void`
      {
        code: `declare class Pool { constructor(size: number, ...onIdle: Array<() => void>) }
declare function drain(): Promise<void>;
const handlers = [drain];
export const pool = new Pool(4, ...handlers);`,
        output: null,
        errors: [{ messageId: 'asyncCallbackIgnored', line: 4, column: 33, endLine: 4, endColumn: 44 }],
      },
    ],
  });
});
