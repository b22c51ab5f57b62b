import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// Recursion through `.catch`/`.then` handlers that re-attach to the same promise, consumer loops
// that handle the same settled item on every iteration, and retries that read the same outcome
// again (`await response.text()`), each with look-alikes that start new work.
describe('handler recursion, consumer loops and reads of the same outcome', () => {
  typedRuleTester().run('no-reused-settled-promise', rule, {
    valid: [
      // a factory is called again on each attempt
      `export function withRetry<T>(task: () => Promise<T>, left: number): Promise<T> {
  return task().catch((error: unknown) => (left > 0 ? withRetry(task, left - 1) : Promise.reject(error)));
}`,
      // the retry starts a new promise
      `declare function start(): Promise<number>;
export function retry(pending: Promise<number>, left: number): Promise<number> {
  return pending.catch(() => (left > 0 ? retry(start(), left - 1) : 0));
}`,
      // the recursion passes a new promise built from the value
      `export function count(pending: Promise<number>, steps: number): Promise<number> {
  return pending.then((value) => (steps > 0 ? count(Promise.resolve(value + 1), steps - 1) : value));
}`,
      // the handler hands the promise to another function, not to a new attempt
      `declare function report(pending: Promise<unknown>): void;
export function watch(pending: Promise<number>): Promise<number | undefined> {
  return pending.catch(() => { report(pending); return undefined; });
}`,
      // CLI: the read loop handles the same line, yet hands nothing back to a source: no consumer protocol in sight
      `declare function readLine(): Promise<string>;
declare function execute(command: string): void;
export async function repl() {
  const line = readLine();
  for (;;) {
    const command = await line;
    execute(command);
  }
}`,
      // the awaited connection is a gate the loop works through
      `declare function connect(): Promise<{ query(sql: string): Promise<void> }>;
export async function pump(state: { running: boolean }) {
  const db = connect();
  while (state.running) {
    const conn = await db;
    await conn.query('select 1');
  }
}`,
      // each iteration takes a new item off the queue
      `declare function loadConfig(): Promise<{ bucket: string }>;
declare function process(config: { bucket: string }, item: string): Promise<void>;
export async function drain(queue: string[]) {
  const ready = loadConfig();
  while (queue.length > 0) {
    const config = await ready;
    await process(config, queue.shift()!);
  }
}`,
      // a cursor advanced in the loop is the iteration's input
      `declare function loadMeta(): Promise<{ size: number }>;
declare function copy(meta: { size: number }, offset: number): Promise<void>;
export async function chunks(total: number) {
  const metaP = loadMeta();
  let cursor = 0;
  while (cursor < total) {
    const meta = await metaP;
    await copy(meta, cursor);
    cursor += meta.size;
  }
}`,
      // another await fetches the next job on each iteration
      `declare function loadSettings(): Promise<{ level: number }>;
declare const jobs: { take(): Promise<string> };
declare function runJob(job: string, settings: { level: number }): Promise<void>;
export async function work(state: { running: boolean }) {
  const settingsP = loadSettings();
  while (state.running) {
    const settings = await settingsP;
    const job = await jobs.take();
    await runJob(job, settings);
  }
}`,
      // the awaited token is a gate; each attempt sends a new request
      `declare function sleep(ms: number): Promise<void>;
export async function call(url: string, tokenP: Promise<string>): Promise<Response> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const token = await tokenP;
      return await fetch(url, { headers: { authorization: token } });
    } catch {
      await sleep(100);
    }
  }
  throw new Error('gave up');
}`,
      // a connection awaited through `.then` works as a gate for each recursive send
      `declare function sleep(ms: number): Promise<void>;
interface Conn { send(line: string): Promise<void> }
export function repeat(conn: Promise<Conn>, times: number): Promise<void> {
  return conn.then(async (open) => {
    await open.send('ping');
    if (times > 1) return repeat(conn, times - 1);
  });
}`,
      // a config loaded from a store and used on every tick is never handed back to the store
      `declare const store: { load(): Promise<{ batch: number }>; save(batch: number): Promise<void> };
declare function tick(config: { batch: number }): Promise<void>;
export async function loop(state: { running: boolean }) {
  const loaded = store.load();
  while (state.running) {
    const config = await loaded;
    await tick(config);
  }
}`,
    ],
    invalid: [
      // browser: a retry through `.catch` passes the same request on
      {
        code: `export function retryFetch(request: Promise<Response>, left: number): Promise<Response> {
  return request.catch((error: unknown) => (left > 0 ? retryFetch(request, left - 1) : Promise.reject(error)));
}
export function load(url: string) {
  return retryFetch(fetch(url), 3);
}`,
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 2,
            column: 10,
            endLine: 2,
            endColumn: 17,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: `export function retryFetch(request: () => Promise<Response>, left: number): Promise<Response> {
  return request().catch((error: unknown) => (left > 0 ? retryFetch(request, left - 1) : Promise.reject(error)));
}
export function load(url: string) {
  return retryFetch(() => fetch(url), 3);
}`,
              },
            ],
          },
        ],
      },
      // cloud SDK: the rejection handler of `.then` attempts again with the same pending read
      {
        code: `interface Item { id: string }
declare const table: { get(id: string): Promise<Item> };
function attempt(pending: Promise<Item>, tries: number): Promise<Item> {
  return pending.then(
    (item) => item,
    (error: Error) => {
      if (tries <= 1) throw error;
      return attempt(pending, tries - 1);
    },
  );
}
export const read = (id: string) => attempt(table.get(id), 3);`,
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 4,
            column: 10,
            endLine: 4,
            endColumn: 17,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: `interface Item { id: string }
declare const table: { get(id: string): Promise<Item> };
function attempt(pending: () => Promise<Item>, tries: number): Promise<Item> {
  return pending().then(
    (item) => item,
    (error: Error) => {
      if (tries <= 1) throw error;
      return attempt(pending, tries - 1);
    },
  );
}
export const read = (id: string) => attempt(() => table.get(id), 3);`,
              },
            ],
          },
        ],
      },
      // poll through `.then`: the same status is checked again by the recursive call
      {
        code: `export function waitDone(status: Promise<{ done: boolean }>): Promise<void> {
  return status.then((state) => (state.done ? undefined : waitDone(status)));
}`,
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 2,
            column: 10,
            endLine: 2,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: `export function waitDone(status: () => Promise<{ done: boolean }>): Promise<void> {
  return status().then((state) => (state.done ? undefined : waitDone(status)));
}`,
              },
            ],
          },
        ],
      },
      // a client method retries itself through `.catch` with the same promise
      {
        code: `interface Reply { ok: boolean }
export class Client {
  send(pending: Promise<Reply>, left: number): Promise<Reply> {
    return pending.catch(() => this.send(pending, left - 1));
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 4,
            column: 12,
            endLine: 4,
            endColumn: 19,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: `interface Reply { ok: boolean }
export class Client {
  send(pending: () => Promise<Reply>, left: number): Promise<Reply> {
    return pending().catch(() => this.send(pending, left - 1));
  }
}`,
              },
            ],
          },
        ],
      },
      // worker: the consumer loop handles the same message on every iteration
      {
        code: `declare const inbox: { next(): Promise<{ id: string; body: string }>; ack(id: string): Promise<void> };
declare function handle(message: { id: string; body: string }): Promise<void>;
export async function run(signal: AbortSignal) {
  const next = inbox.next();
  while (!signal.aborted) {
    const message = await next;
    await handle(message);
    await inbox.ack(message.id);
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'consumedSettledPromise',
            line: 6,
            column: 27,
            endLine: 6,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: `declare const inbox: { next(): Promise<{ id: string; body: string }>; ack(id: string): Promise<void> };
declare function handle(message: { id: string; body: string }): Promise<void>;
export async function run(signal: AbortSignal) {
  const next = () => inbox.next();
  while (!signal.aborted) {
    const message = await next();
    await handle(message);
    await inbox.ack(message.id);
  }
}`,
              },
            ],
          },
        ],
      },
      // a retry that reads the same response body again is still the same attempt
      {
        code: `declare function sleep(ms: number): Promise<void>;
export async function text(url: string): Promise<string> {
  const res = fetch(url);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await res;
      return await response.text();
    } catch {
      await sleep(100);
    }
  }
  throw new Error('gave up');
}`,
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 6,
            column: 30,
            endLine: 6,
            endColumn: 33,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: `declare function sleep(ms: number): Promise<void>;
export async function text(url: string): Promise<string> {
  const res = () => fetch(url);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await res();
      return await response.text();
    } catch {
      await sleep(100);
    }
  }
  throw new Error('gave up');
}`,
              },
            ],
          },
        ],
      },
      // test code: a helper that polls a job's state through the same promise
      {
        code: `import { it } from 'vitest';
declare function startExport(): Promise<{ state: 'running' | 'done' }>;
function untilDone(job: Promise<{ state: 'running' | 'done' }>): Promise<void> {
  return job.then((status) => (status.state === 'done' ? undefined : untilDone(job)));
}
it('exports', async () => {
  await untilDone(startExport());
});`,
        output: null,
        errors: [{ messageId: 'polledSettledPromise', line: 4, column: 10, endLine: 4, endColumn: 13 }],
      },
      // cloud SDK: the received message is processed and deleted again on every iteration
      {
        code: `interface Message { body: string; receipt: string }
declare const sqs: { receive(queue: string): Promise<Message>; remove(receipt: string): Promise<void> };
declare function processBody(body: string): Promise<void>;
export async function poll(state: { running: boolean }) {
  const received = sqs.receive('jobs');
  while (state.running) {
    const message = await received;
    await processBody(message.body);
    await sqs.remove(message.receipt);
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'consumedSettledPromise',
            line: 7,
            column: 27,
            endLine: 7,
            endColumn: 35,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: `interface Message { body: string; receipt: string }
declare const sqs: { receive(queue: string): Promise<Message>; remove(receipt: string): Promise<void> };
declare function processBody(body: string): Promise<void>;
export async function poll(state: { running: boolean }) {
  const received = () => sqs.receive('jobs');
  while (state.running) {
    const message = await received();
    await processBody(message.body);
    await sqs.remove(message.receipt);
  }
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});
