import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Async listeners in test code whose only way to reject is the test's own teardown run early.
const services = `declare class Consumer { close(): Promise<void>; on(event: string, listener: (...args: any[]) => void): this }
declare class Events { on(event: string, listener: (error: Error) => void): this }
declare function drain(): Promise<void>;
`;

typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // a Deno test (\`Deno.test\`, \`*_test.ts\`): its runner fails on an uncaught rejection; the watcher ends with the connection the test waits to close
    {
      code: `interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  closed(): Promise<void | Error>;
}
declare function connect(): Promise<Connection>;
Deno.test('notices bad auth', async () => {
  const nc = await connect();
  let badAuths = 0;
  (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'error') badAuths++;
    }
  })().then();
  await nc.reconnect();
  await nc.closed();
  if (badAuths < 1) throw new Error('no auth error seen');
});`,
      filename: 'deno_test.ts',
    },
    // a watcher loop over an object the test closes: it ends with the object, and the runner reports its failure
    {
      code: `import { test } from 'node:test';
interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  close(): Promise<void>;
}
declare function connect(): Promise<Connection>;
test('counts reconnects', async () => {
  const nc = await connect();
  let reconnects = 0;
  (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'reconnect') reconnects++;
    }
  })().then();
  await nc.reconnect();
  await nc.close();
  if (reconnects !== 1) throw new Error(\`expected one reconnect, saw \${reconnects}\`);
});`,
      filename: 'loud.spec.ts',
    },
    // A hook that returns the purge waits for it; an async helper that never waits (reset clears at once) is done when the hook is.
    `import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
class Scratch {
  private readonly files = new Map<string, string>();
  async put(name: string, body: string): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    this.files.set(name, body);
  }
  async purge(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.files.clear();
  }
  async reset(): Promise<void> {
    this.files.clear();
  }
  count(): number {
    return this.files.size;
  }
}
const scratch = new Scratch();
beforeEach(async () => {
  await scratch.put('a.txt', 'x');
});
afterEach(() => {
  return scratch.purge();
});
afterEach(() => {
  scratch.reset();
});
test('keeps one file', () => {
  assert.equal(scratch.count(), 1);
});`,
    // A spec of a package that runs vitest (globals, no import): a failure in a server handler without assertions fails the run with its cause.
    {
      code: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare function makeListener(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
declare function forward(req: IncomingMessage, res: ServerResponse): Promise<void>;

describe('proxy', () => {
  it('answers through the adapter', async () => {
    const direct = createServer(makeListener());
    const wrapped = createServer(async (req, res) => {
      res.setHeader('x-test', '1');
      await forward(req, res);
    });
    direct.close();
    wrapped.close();
  });
});`,
      filename: 'vitest-suite/globals.spec.ts',
    },
    // Teardown calls dropped in a test and in its hook (server.close();): the test is done with the server, and its promise is not the verdict.
    `import { describe, it, afterEach } from 'mocha';
interface Server {
  close(): Promise<void>;
  emit(event: string): boolean;
}
declare function createServer(): Server;
describe('server', () => {
  let server: Server;
  afterEach(() => {
    server.close();
  });
  it('emits', (done) => {
    server = createServer();
    server.emit('hello');
    server.close();
    done();
  });
});`,
    // Callback-style tests: a write followed by a read on the same client whose continuation calls done, and by a scan whose end resolves the promise the test returns: the test waits for both.
    `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
  quit(): Promise<'OK'>;
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
      done();
    }, done);
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    client.set('b', '2');
    const keys: string[] = [];
    const stream = client.scan();
    stream.on('data', (batch) => keys.push(...batch));
    return new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys.sort()).to.eql(['a', 'b']);
        resolve();
      });
    });
  });
});`,
    // work handed an object the test then waits on (a mock response it writes to, a result whose stream it reads)
    `import { expect, it } from 'vitest';
declare function pipeToResponse(options: { response: MockResponse; stream: ReadableStream<string> }): Promise<void>;
declare function collect<T>(stream: AsyncIterable<T>): Promise<T[]>;
declare class MockResponse {
  waitForEnd(): Promise<void>;
  chunks: string[];
}
declare function start(): { stream: AsyncIterable<string>; usage: Promise<number> };
it('writes the stream to the response', async () => {
  const response = new MockResponse();
  pipeToResponse({ response, stream: new ReadableStream() });
  await response.waitForEnd();
  expect(response.chunks).toEqual([]);
});
it('reports usage once the stream is consumed', async () => {
  const result = start();
  collect(result.stream);
  expect(await result.usage).toBe(3);
});`,
    // a timer's async callback the test waits past with a flush, under vitest
    `import { expect, test } from 'vitest';
declare class Client {
  connect(options: { signal: AbortSignal }): Promise<void>;
  reconnect(): Promise<void>;
  get state(): string;
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
test('an abort while connect waits for its ack rejects it', async () => {
  const client = new Client();
  const controller = new AbortController();
  const pending = client.connect({ signal: controller.signal });
  await flush();
  expect(client.state).toBe('waiting');
  controller.abort(new Error('stop'));
  const error = await pending.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
});
test('a reconnect scheduled on a timer, waited past', async () => {
  const client = new Client();
  setTimeout(async () => {
    await client.reconnect();
  }, 10);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(client.state).toBe('connected');
});`,
    // work the test lets run on purpose before checking its effects: an awaited flush of the event loop follows (a timer promise, a helper, a fake-timer advance), and vitest reports a rejection
    `import { expect, test, vi } from 'vitest';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
const flushMicrotasks = () => new Promise((resolve) => setImmediate(resolve));
test('coalesces notifications sent in one tick', async () => {
  const notifier = new Notifier();
  notifier.notify('list_changed');
  notifier.notify('list_changed');
  await flushMicrotasks();
  expect(notifier.sent).toEqual(['list_changed']);
});
test('sends after the debounce timer', async () => {
  vi.useFakeTimers();
  const notifier = new Notifier();
  notifier.notify('progress');
  await vi.advanceTimersByTimeAsync(50);
  expect(notifier.sent).toEqual(['progress']);
});
test('sends on the next turn', async () => {
  const notifier = new Notifier();
  notifier.notify('progress');
  await Promise.resolve().then(() => {});
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
    // a call the test has just asserted to throw synchronously, repeated to inspect the error: no promise exists
    `import { expect, test } from 'vitest';
declare class Client {
  request(method: string): Promise<unknown>;
}
declare const client: Client;
test('a removed method fails before anything is sent', () => {
  expect(() => client.request('ping')).toThrow(TypeError);
  try {
    client.request('ping');
  } catch (error) {
    expect((error as TypeError).message).toContain('ping');
  }
  for (const method of ['tasks/get', 'logging/setLevel']) {
    const attempt = () => client.request(method);
    expect(attempt, method).toThrow(TypeError);
    try {
      attempt();
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
    }
  }
});`,
    // a write the test then waits past on the same client, through a later read it returns or hands an error-first callback (callback-style tests)
    `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
describe('client', () => {
  it('reads what it wrote, callback style', (done) => {
    const client = new Client();
    client.set('foo', 'bar');
    client.get('foo', (err, value) => {
      expect(value).to.equal('bar');
      done(err);
    });
  });
  it('reads what it wrote, promise style', () => {
    const client = new Client();
    client.set('foo', 'bar');
    return client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    });
  });
});`,
    // tap queues its subtests and promise assertions (also destructured from the context), waits for them, and their promises only fulfil
    `import { test } from 'tap';
declare function runTask(input: string): Promise<number>;
test('a task that throws rejects', async ({ rejects, resolves }) => {
  rejects(runTask('throw'), /boom/);
  resolves(runTask('1 + 1'));
});
test('subtests', async (t) => {
  t.test('first', async () => {
    t.equal(await runTask('1'), 1);
  });
  setImmediate(() => t.resolves(runTask('2')));
});`,
    // a continuation that only records the outcome of a promise the test awaits later
    `import { expect, test } from 'vitest';
declare function startPool(): { promise: Promise<void>; shutdown(): Promise<void> };
test('the pool finishes after shutdown', async () => {
  const pool = startPool();
  let finished = false;
  pool.promise.then(() => {
    finished = true;
  });
  expect(finished).toBe(false);
  await pool.shutdown();
  await pool.promise;
  expect(finished).toBe(true);
});`,
    // the failure listener stops the consumer the test also stops, then hands the error to the test's deferred
    `import { expect, it } from 'vitest';
${services}it('processes the batch', async () => {
  const consumer = new Consumer();
  const events = new Events();
  const done = new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', () => resolve());
  });
  await done;
  expect(1).toBe(1);
  await consumer.close();
});`,
    // a built-in error built for the deferred cannot throw either
    `import { it } from 'vitest';
${services}it('must not finish', async () => {
  const consumer = new Consumer();
  await new Promise<void>((resolve, reject) => {
    consumer.on('completed', async () => {
      await consumer.close();
      reject(new Error('expected a failure, got a completion'));
    });
    consumer.on('failed', () => resolve());
  });
  await consumer.close();
});`,
    // the consumer belongs to the suite: an \`afterEach\` hook stops it
    `import { afterEach, beforeEach, it } from 'vitest';
${services}let consumer: Consumer;
beforeEach(() => { consumer = new Consumer(); });
afterEach(async () => { await consumer.close(); });
it('reports the failure', async () => {
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer!.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
});`,
    // a maybe-promise dropped in a test: whether the fixture's \`close\` does any asynchronous work is the test's to know
    `import { it } from 'vitest';
declare const tool: { close(): void | Promise<void>; release(): Promise<void> | undefined };
it('closes', () => {
  tool.close();
  tool.release();
});`,
  ],
  invalid: [
    // The same Deno watcher when the test never waits for the connection to end.
    {
      code: `interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  closed(): Promise<void | Error>;
}
declare function connect(): Promise<Connection>;
Deno.test('notices bad auth', async () => {
  const nc = await connect();
  let badAuths = 0;
  (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'error') badAuths++;
    }
  })().then();
  await nc.reconnect();

  if (badAuths < 1) throw new Error('no auth error seen');
});`,
      filename: 'deno_test.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 3,
          endLine: 14,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  closed(): Promise<void | Error>;
}
declare function connect(): Promise<Connection>;
Deno.test('notices bad auth', async () => {
  const nc = await connect();
  let badAuths = 0;
  (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'error') badAuths++;
    }
  })().then().catch((error: unknown) => { console.error(error); });
  await nc.reconnect();

  if (badAuths < 1) throw new Error('no auth error seen');
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  closed(): Promise<void | Error>;
}
declare function connect(): Promise<Connection>;
Deno.test('notices bad auth', async () => {
  const nc = await connect();
  let badAuths = 0;
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'error') badAuths++;
    }
  })().then();
  await nc.reconnect();

  if (badAuths < 1) throw new Error('no auth error seen');
});`,
            },
          ],
        },
      ],
    },
    // The same watcher when nothing in the test closes the connection.
    {
      code: `import { test } from 'node:test';
interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  close(): Promise<void>;
}
declare function connect(): Promise<Connection>;
test('counts reconnects', async () => {
  const nc = await connect();
  let reconnects = 0;
  (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'reconnect') reconnects++;
    }
  })().then();
  await nc.reconnect();

  if (reconnects !== 1) throw new Error(\`expected one reconnect, saw \${reconnects}\`);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 11,
          column: 3,
          endLine: 15,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from 'node:test';
interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  close(): Promise<void>;
}
declare function connect(): Promise<Connection>;
test('counts reconnects', async () => {
  const nc = await connect();
  let reconnects = 0;
  (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'reconnect') reconnects++;
    }
  })().then().catch((error: unknown) => { console.error(error); });
  await nc.reconnect();

  if (reconnects !== 1) throw new Error(\`expected one reconnect, saw \${reconnects}\`);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'node:test';
interface Connection {
  status(): AsyncIterable<{ type: string }>;
  reconnect(): Promise<void>;
  close(): Promise<void>;
}
declare function connect(): Promise<Connection>;
test('counts reconnects', async () => {
  const nc = await connect();
  let reconnects = 0;
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'reconnect') reconnects++;
    }
  })().then();
  await nc.reconnect();

  if (reconnects !== 1) throw new Error(\`expected one reconnect, saw \${reconnects}\`);
});`,
            },
          ],
        },
      ],
    },
    // In an async afterEach the suggestion awaits the purge.
    {
      code: `import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
class Scratch {
  private readonly files = new Map<string, string>();
  async put(name: string, body: string): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    this.files.set(name, body);
  }
  async purge(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.files.clear();
  }
  count(): number {
    return this.files.size;
  }
}
const scratch = new Scratch();
beforeEach(async () => {
  await scratch.put('a.txt', 'x');
});
afterEach(async () => {
  scratch.purge();
});
test('keeps one file', () => {
  assert.equal(scratch.count(), 1);
});`,
      output: null,
      errors: [
        {
          messageId: 'unwaitedHookWork',
          line: 22,
          column: 3,
          endLine: 22,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
class Scratch {
  private readonly files = new Map<string, string>();
  async put(name: string, body: string): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    this.files.set(name, body);
  }
  async purge(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.files.clear();
  }
  count(): number {
    return this.files.size;
  }
}
const scratch = new Scratch();
beforeEach(async () => {
  await scratch.put('a.txt', 'x');
});
afterEach(async () => {
  await scratch.purge();
});
test('keeps one file', () => {
  assert.equal(scratch.count(), 1);
});`,
            },
          ],
        },
      ],
    },
    // The same in an async hook that goes on to check the scratch.
    {
      code: `import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
class Scratch {
  private readonly files = new Map<string, string>();
  async put(name: string, body: string): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    this.files.set(name, body);
  }
  async purge(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.files.clear();
  }
  count(): number {
    return this.files.size;
  }
}
const scratch = new Scratch();
beforeEach(async () => {
  await scratch.put('a.txt', 'x');
});
afterEach(async () => {
  scratch.purge();
  assert.equal(scratch.count(), 1);
});
test('keeps one file', () => {
  assert.equal(scratch.count(), 1);
});`,
      output: null,
      errors: [
        {
          messageId: 'unwaitedHookWork',
          line: 22,
          column: 3,
          endLine: 22,
          endColumn: 18,
          suggestions: [],
        },
      ],
    },
    // An afterEach that starts an async purge of this file and does not wait: it cannot reject, but the next test's beforeEach fills the scratch the late purge then clears.
    {
      code: `import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
class Scratch {
  private readonly files = new Map<string, string>();
  async put(name: string, body: string): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    this.files.set(name, body);
  }
  async purge(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.files.clear();
  }
  count(): number {
    return this.files.size;
  }
}
const scratch = new Scratch();
beforeEach(async () => {
  await scratch.put('a.txt', 'x');
});
afterEach(() => {
  scratch.purge();
});
test('keeps one file', () => {
  assert.equal(scratch.count(), 1);
});`,
      output: null,
      errors: [
        {
          messageId: 'unwaitedHookWork',
          line: 22,
          column: 3,
          endLine: 22,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestReturn',
              output: `import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
class Scratch {
  private readonly files = new Map<string, string>();
  async put(name: string, body: string): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    this.files.set(name, body);
  }
  async purge(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.files.clear();
  }
  count(): number {
    return this.files.size;
  }
}
const scratch = new Scratch();
beforeEach(async () => {
  await scratch.put('a.txt', 'x');
});
afterEach(() => {
  return scratch.purge();
});
test('keeps one file', () => {
  assert.equal(scratch.count(), 1);
});`,
            },
          ],
        },
      ],
    },
    // An async executor in a test whose rejections are loud: a failed wait before resolve still hangs the test.
    {
      code: `import { it } from 'vitest';

declare const worker: { waitUntilReady(): Promise<void>; on(event: 'active', listener: () => void): void };

it('starts processing', async () => {
  const processing = new Promise<void>(async (resolve) => {
    await worker.waitUntilReady();
    worker.on('active', resolve);
  });
  await processing;
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 6,
          column: 40,
          endLine: 9,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { it } from 'vitest';

declare const worker: { waitUntilReady(): Promise<void>; on(event: 'active', listener: () => void): void };

it('starts processing', async () => {
  const processing = new Promise<void>(async (resolve) => {
    try {
      await worker.waitUntilReady();
      worker.on('active', resolve);
    } catch (error: unknown) {
      console.error(error);
    }
  });
  await processing;
});`,
            },
          ],
        },
      ],
    },
    // The same handlers under plain mocha, where an unhandled rejection passes unseen.
    {
      code: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare function makeListener(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
declare function forward(req: IncomingMessage, res: ServerResponse): Promise<void>;

describe('proxy', () => {
  it('answers through the adapter', async () => {
    const direct = createServer(makeListener());
    const wrapped = createServer(async (req, res) => {
      res.setHeader('x-test', '1');
      await forward(req, res);
    });
    direct.close();
    wrapped.close();
  });
});`,
      filename: 'quiet.e2e.ts',
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 10,
          column: 34,
          endLine: 13,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare function makeListener(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
declare function forward(req: IncomingMessage, res: ServerResponse): Promise<void>;

describe('proxy', () => {
  it('answers through the adapter', async () => {
    const direct = createServer(makeListener());
    const wrapped = createServer(async (req, res) => {
      try {
        res.setHeader('x-test', '1');
        await forward(req, res);
      } catch (error: unknown) {
        console.error(error);
      }
    });
    direct.close();
    wrapped.close();
  });
});`,
            },
          ],
        },
      ],
    },
    // The same handler asserting: a failed expect would surface as an unhandled rejection and a timeout.
    {
      code: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare function forward(req: IncomingMessage, res: ServerResponse): Promise<number>;
declare const expect: (value: unknown) => { toBe(expected: unknown): void };

describe('proxy', () => {
  it('answers through the adapter', async () => {
    const wrapped = createServer(async (req, res) => {
      expect(await forward(req, res)).toBe(200);
    });
    wrapped.close();
  });
});`,
      filename: 'vitest-suite/globals.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 9,
          column: 34,
          endLine: 11,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare function forward(req: IncomingMessage, res: ServerResponse): Promise<number>;
declare const expect: (value: unknown) => { toBe(expected: unknown): void };

describe('proxy', () => {
  it('answers through the adapter', async () => {
    const wrapped = createServer(async (req, res) => {
      try {
        expect(await forward(req, res)).toBe(200);
      } catch (error: unknown) {
        console.error(error);
      }
    });
    wrapped.close();
  });
});`,
            },
          ],
        },
      ],
    },
    {
      // A teardown dropped in a file that awaits the same method elsewhere: the suite waits for its teardowns, and this test ends while the close still runs.
      code: `import { describe, it } from 'mocha';
interface Client {
  ping(): Promise<string>;
  close(): Promise<void>;
}
declare function connect(): Promise<Client>;
describe('client', () => {
  it('pings', async () => {
    const client = await connect();
    await client.ping();
    await client.close();
  });
  it('pings a duplicate', async () => {
    const duplicate = await connect();
    try {
      await duplicate.ping();
    } finally {
      duplicate.close();
    }
  });
});`,
      errors: [
        {
          messageId: 'floating',
          line: 18,
          column: 7,
          endLine: 18,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `import { describe, it } from 'mocha';
interface Client {
  ping(): Promise<string>;
  close(): Promise<void>;
}
declare function connect(): Promise<Client>;
describe('client', () => {
  it('pings', async () => {
    const client = await connect();
    await client.ping();
    await client.close();
  });
  it('pings a duplicate', async () => {
    const duplicate = await connect();
    try {
      await duplicate.ping();
    } finally {
      await duplicate.close();
    }
  });
});`,
            },
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { describe, it } from 'mocha';
interface Client {
  ping(): Promise<string>;
  close(): Promise<void>;
}
declare function connect(): Promise<Client>;
describe('client', () => {
  it('pings', async () => {
    const client = await connect();
    await client.ping();
    await client.close();
  });
  it('pings a duplicate', async () => {
    const duplicate = await connect();
    try {
      await duplicate.ping();
    } finally {
      duplicate.close().catch((error: unknown) => { console.error(error); });
    }
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { describe, it } from 'mocha';
interface Client {
  ping(): Promise<string>;
  close(): Promise<void>;
}
declare function connect(): Promise<Client>;
describe('client', () => {
  it('pings', async () => {
    const client = await connect();
    await client.ping();
    await client.close();
  });
  it('pings a duplicate', async () => {
    const duplicate = await connect();
    try {
      await duplicate.ping();
    } finally {
      void duplicate.close();
    }
  });
});`,
            },
          ],
        },
      ],
    },
    {
      // A chain on the teardown call is judged as written: the continuation that ends the test has no rejection handler.
      code: `import { describe, it } from 'mocha';
interface Server {
  close(): Promise<void>;
  flush(): Promise<void>;
}
declare function createServer(): Server;
describe('server', () => {
  it('flushes', (done) => {
    const server = createServer();
    server.flush();
    server.close().then(() => {
      done();
    });
  });
});`,
      errors: [
        {
          messageId: 'floating',
          line: 11,
          column: 5,
          endLine: 13,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { describe, it } from 'mocha';
interface Server {
  close(): Promise<void>;
  flush(): Promise<void>;
}
declare function createServer(): Server;
describe('server', () => {
  it('flushes', (done) => {
    const server = createServer();
    server.flush();
    server.close().then(() => {
      done();
    }).catch((error: unknown) => { console.error(error); });
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { describe, it } from 'mocha';
interface Server {
  close(): Promise<void>;
  flush(): Promise<void>;
}
declare function createServer(): Server;
describe('server', () => {
  it('flushes', (done) => {
    const server = createServer();
    server.flush();
    void server.close().then(() => {
      done();
    });
  });
});`,
            },
          ],
        },
      ],
    },
    {
      // A continuation that does not end the test (done is called right away) and a promise the test neither returns nor awaits: the writes are not waited for.
      code: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
      errors: [
        {
          messageId: 'floating',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot').catch((error: unknown) => { console.error(error); });
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    void client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 13,
          column: 5,
          endLine: 15,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    }).catch((error: unknown) => { console.error(error); });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    void client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1').catch((error: unknown) => { console.error(error); });
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    void client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 23,
          column: 5,
          endLine: 28,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    }).catch((error: unknown) => { console.error(error); });
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { describe, it } from 'mocha';
import { expect } from 'chai';
interface Client {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  scan(): { on(event: 'data', listener: (keys: string[]) => void): void; on(event: 'end', listener: () => void): void };
}
declare function connect(): Client;
describe('cache', () => {
  it('reads back what it wrote', (done) => {
    const client = connect();
    client.set('kiln', 'hot');
    client.get('kiln').then((value) => {
      expect(value).to.equal('hot');
    });
    done();
  });
  it('scans the keys it wrote', () => {
    const client = connect();
    client.set('a', '1');
    const keys: string[] = [];
    const stream = client.scan();
    void new Promise<void>((resolve) => {
      stream.on('end', () => {
        expect(keys).to.eql(['a']);
        resolve();
      });
    });
  });
});`,
            },
          ],
        },
      ],
    },
    {
      // a later wait that only takes the handed object as an argument (not a member or method of it) covers nothing
      code: `import { expect, it } from 'vitest';
declare class Queue {
  updateProgress(id: string, progress: number): Promise<void>;
}
declare function fromId(queue: Queue, id: string): Promise<{ progress: number }>;
it('a wait that only takes the handed object as an argument covers nothing', async () => {
  const queue = new Queue();
  const job = { id: 'a' };
  queue.updateProgress(job.id, 42);
  const stored = await fromId(queue, job.id);
  expect(stored.progress).toBe(42);
});`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect, it } from 'vitest';
declare class Queue {
  updateProgress(id: string, progress: number): Promise<void>;
}
declare function fromId(queue: Queue, id: string): Promise<{ progress: number }>;
it('a wait that only takes the handed object as an argument covers nothing', async () => {
  const queue = new Queue();
  const job = { id: 'a' };
  queue.updateProgress(job.id, 42).catch((error: unknown) => { console.error(error); });
  const stored = await fromId(queue, job.id);
  expect(stored.progress).toBe(42);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
declare class Queue {
  updateProgress(id: string, progress: number): Promise<void>;
}
declare function fromId(queue: Queue, id: string): Promise<{ progress: number }>;
it('a wait that only takes the handed object as an argument covers nothing', async () => {
  const queue = new Queue();
  const job = { id: 'a' };
  void queue.updateProgress(job.id, 42);
  const stored = await fromId(queue, job.id);
  expect(stored.progress).toBe(42);
});`,
            },
          ],
        },
      ],
    },
    {
      // a wait on the handed object before the work, and a later wait on something else, cover nothing
      code: `import { expect, it } from 'vitest';
declare function pipeToResponse(options: { response: MockResponse; stream: ReadableStream<string> }): Promise<void>;
declare class MockResponse {
  waitForEnd(): Promise<void>;
  chunks: string[];
}
declare function settle(): Promise<void>;
it('a wait before the work, or on something else, covers nothing', async () => {
  const response = new MockResponse();
  await response.waitForEnd();
  pipeToResponse({ response, stream: new ReadableStream() });
  await settle();
  expect(response.chunks).toEqual([]);
});`,
      errors: [
        {
          messageId: 'floating',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect, it } from 'vitest';
declare function pipeToResponse(options: { response: MockResponse; stream: ReadableStream<string> }): Promise<void>;
declare class MockResponse {
  waitForEnd(): Promise<void>;
  chunks: string[];
}
declare function settle(): Promise<void>;
it('a wait before the work, or on something else, covers nothing', async () => {
  const response = new MockResponse();
  await response.waitForEnd();
  pipeToResponse({ response, stream: new ReadableStream() }).catch((error: unknown) => { console.error(error); });
  await settle();
  expect(response.chunks).toEqual([]);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
declare function pipeToResponse(options: { response: MockResponse; stream: ReadableStream<string> }): Promise<void>;
declare class MockResponse {
  waitForEnd(): Promise<void>;
  chunks: string[];
}
declare function settle(): Promise<void>;
it('a wait before the work, or on something else, covers nothing', async () => {
  const response = new MockResponse();
  await response.waitForEnd();
  void pipeToResponse({ response, stream: new ReadableStream() });
  await settle();
  expect(response.chunks).toEqual([]);
});`,
            },
          ],
        },
      ],
    },
    {
      // a timer's async callback with the flush before it, not after: nothing waits past it
      code: `import { expect, test } from 'vitest';
declare class Client {
  reconnect(): Promise<void>;
  get state(): string;
}
test('a reconnect scheduled on a timer that nothing waits past', async () => {
  const client = new Client();
  await new Promise((resolve) => setTimeout(resolve, 50));
  setTimeout(async () => {
    await client.reconnect();
  }, 10);
  expect(client.state).toBe('connected');
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 9,
          column: 14,
          endLine: 11,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              data: { channel: '`console.error`' },
              output: `import { expect, test } from 'vitest';
declare class Client {
  reconnect(): Promise<void>;
  get state(): string;
}
test('a reconnect scheduled on a timer that nothing waits past', async () => {
  const client = new Client();
  await new Promise((resolve) => setTimeout(resolve, 50));
  setTimeout(async () => {
    try {
      await client.reconnect();
    } catch (error: unknown) {
      console.error(error);
    }
  }, 10);
  expect(client.state).toBe('connected');
});`,
            },
          ],
        },
      ],
    },
    {
      // look-alikes of a flush: one that comes before the work, a dropped sleep itself, and a wait that starts more work
      code: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  notifier.notify('progress');
  sleep(10);
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  notifier.notify('progress');
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  notifier.notify('progress').catch((error: unknown) => { console.error(error); });
  sleep(10);
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  notifier.notify('progress');
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  void notifier.notify('progress');
  sleep(10);
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  notifier.notify('progress');
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  notifier.notify('progress');
  await sleep(10);
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  notifier.notify('progress');
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
            },
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  notifier.notify('progress');
  sleep(10).catch((error: unknown) => { console.error(error); });
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  notifier.notify('progress');
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  notifier.notify('progress');
  void sleep(10);
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  notifier.notify('progress');
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  notifier.notify('progress');
  sleep(10);
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  notifier.notify('progress').catch((error: unknown) => { console.error(error); });
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Notifier {
  notify(method: string): Promise<void>;
  sent: string[];
}
test('a flush before the work, and a dropped sleep, wait for nothing', async () => {
  const notifier = new Notifier();
  await new Promise((resolve) => setTimeout(resolve, 10));
  notifier.notify('progress');
  sleep(10);
  expect(notifier.sent).toEqual([]);
});
test('a wait that does more than let time pass', async () => {
  const notifier = new Notifier();
  void notifier.notify('progress');
  await new Promise((resolve) => setTimeout(() => resolve(notifier.notify('again')), 10));
  expect(notifier.sent).toEqual(['progress']);
});`,
            },
          ],
        },
      ],
    },
    {
      // look-alikes: a call with other arguments than the one asserted to throw still starts a promise, and
      // it is the test's last statement (the `ping` before the synchronous checks is watched by vitest)
      code: `import { expect, test } from 'vitest';
declare class Client {
  request(method: string): Promise<unknown>;
}
declare const client: Client;
test('only the asserted call is known to throw', () => {
  expect(() => client.request('ping')).not.toThrow();
  client.request('ping');
  expect(() => client.request('ping')).toThrow(TypeError);
  client.request('tasks/get');
});`,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect, test } from 'vitest';
declare class Client {
  request(method: string): Promise<unknown>;
}
declare const client: Client;
test('only the asserted call is known to throw', () => {
  expect(() => client.request('ping')).not.toThrow();
  client.request('ping');
  expect(() => client.request('ping')).toThrow(TypeError);
  client.request('tasks/get').catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, test } from 'vitest';
declare class Client {
  request(method: string): Promise<unknown>;
}
declare const client: Client;
test('only the asserted call is known to throw', () => {
  expect(() => client.request('ping')).not.toThrow();
  client.request('ping');
  expect(() => client.request('ping')).toThrow(TypeError);
  void client.request('tasks/get');
});`,
            },
          ],
        },
      ],
    },
    {
      // a callback-style test that calls done without waiting: the write, the sleep and the read's chain are all dropped
      code: `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
declare function delay(ms: number): Promise<void>;
describe('client', () => {
  it('reads what it wrote', (done) => {
    const client = new Client();
    client.set('foo', 'bar');
    delay(10);
    client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    });
    done();
  });
});`,
      errors: [
        {
          messageId: 'floating',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
declare function delay(ms: number): Promise<void>;
describe('client', () => {
  it('reads what it wrote', (done) => {
    const client = new Client();
    client.set('foo', 'bar').catch((error: unknown) => { console.error(error); });
    delay(10);
    client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    });
    done();
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
declare function delay(ms: number): Promise<void>;
describe('client', () => {
  it('reads what it wrote', (done) => {
    const client = new Client();
    void client.set('foo', 'bar');
    delay(10);
    client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    });
    done();
  });
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
declare function delay(ms: number): Promise<void>;
describe('client', () => {
  it('reads what it wrote', (done) => {
    const client = new Client();
    client.set('foo', 'bar');
    delay(10).catch((error: unknown) => { console.error(error); });
    client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    });
    done();
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
declare function delay(ms: number): Promise<void>;
describe('client', () => {
  it('reads what it wrote', (done) => {
    const client = new Client();
    client.set('foo', 'bar');
    void delay(10);
    client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    });
    done();
  });
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 14,
          column: 5,
          endLine: 16,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
declare function delay(ms: number): Promise<void>;
describe('client', () => {
  it('reads what it wrote', (done) => {
    const client = new Client();
    client.set('foo', 'bar');
    delay(10);
    client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    }).catch((error: unknown) => { console.error(error); });
    done();
  });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect } from 'chai';
import { describe, it } from 'mocha';
type Callback<T> = (err?: Error | null, result?: T) => void;
declare class Client {
  set(key: string, value: string, callback?: Callback<'OK'>): Promise<'OK'>;
  get(key: string, callback?: Callback<string | null>): Promise<string | null>;
}
declare function delay(ms: number): Promise<void>;
describe('client', () => {
  it('reads what it wrote', (done) => {
    const client = new Client();
    client.set('foo', 'bar');
    delay(10);
    void client.get('foo').then((value) => {
      expect(value).to.equal('bar');
    });
    done();
  });
});`,
            },
          ],
        },
      ],
    },
    {
      // in a tap test, a promise of the code under test dropped is still reported
      code: `import { test } from 'tap';
declare function runTask(input: string): Promise<number>;
test('fills the queue', async ({ equal }) => {
  runTask('1');
  equal(await runTask('2'), 2);
});`,
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
              data: { channel: '`console.error`' },
              output: `import { test } from 'tap';
declare function runTask(input: string): Promise<number>;
test('fills the queue', async ({ equal }) => {
  runTask('1').catch((error: unknown) => { console.error(error); });
  equal(await runTask('2'), 2);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'tap';
declare function runTask(input: string): Promise<number>;
test('fills the queue', async ({ equal }) => {
  void runTask('1');
  equal(await runTask('2'), 2);
});`,
            },
          ],
        },
      ],
    },
    {
      // a continuation with an assertion in it fails on its own, even though the test awaits the promise later
      code: `import { expect, test } from 'vitest';
declare function startPool(): { promise: Promise<number>; shutdown(): Promise<void> };
test('the pool finishes after shutdown', async () => {
  const pool = startPool();
  pool.promise.then((processed) => {
    expect(processed).toBe(3);
  });
  await pool.shutdown();
  await pool.promise;
});`,
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
              output: `import { expect, test } from 'vitest';
declare function startPool(): { promise: Promise<number>; shutdown(): Promise<void> };
test('the pool finishes after shutdown', async () => {
  const pool = startPool();
  pool.promise.then((processed) => {
    expect(processed).toBe(3);
  }).catch((error: unknown) => { console.error(error); });
  await pool.shutdown();
  await pool.promise;
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, test } from 'vitest';
declare function startPool(): { promise: Promise<number>; shutdown(): Promise<void> };
test('the pool finishes after shutdown', async () => {
  const pool = startPool();
  void pool.promise.then((processed) => {
    expect(processed).toBe(3);
  });
  await pool.shutdown();
  await pool.promise;
});`,
            },
          ],
        },
      ],
    },
    // a promise, and only a promise, stays reported in a test
    {
      code: `import { it } from 'vitest';
declare const tool: { close(): void | Promise<void>; flush(): Promise<void> };
it('closes', () => {
  tool.close();
  tool.flush();
});`,
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
              output: `import { it } from 'vitest';
declare const tool: { close(): void | Promise<void>; flush(): Promise<void> };
it('closes', () => {
  tool.close();
  tool.flush().catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { it } from 'vitest';
declare const tool: { close(): void | Promise<void>; flush(): Promise<void> };
it('closes', () => {
  tool.close();
  void tool.flush();
});`,
            },
          ],
        },
      ],
    },
    // outside test code a maybe-promise is still a promise that may be dropped
    {
      code: `declare const tool: { close(): void | Promise<void> };
export function stop() {
  tool.close();
}`,
      errors: [
        {
          messageId: 'floating',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const tool: { close(): void | Promise<void> };
export function stop() {
  tool.close()?.catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare const tool: { close(): void | Promise<void> };
export function stop() {
  void tool.close();
}`,
            },
          ],
        },
      ],
    },
    // an assertion in the listener can still reject: the failed assertion becomes an unhandled rejection
    {
      code: `import { expect, it } from 'vitest';
${services}it('completes the job', async () => {
  const consumer = new Consumer();
  await new Promise<void>((resolve) => {
    consumer.on('completed', async (job: { id: string }) => {
      expect(job.id).toBe('1');
      await consumer.close();
      resolve();
    });
  });
  await consumer.close();
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 8,
          column: 30,
          endLine: 12,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { expect, it } from 'vitest';
${services}it('completes the job', async () => {
  const consumer = new Consumer();
  await new Promise<void>((resolve) => {
    consumer.on('completed', async (job: { id: string }) => {
      try {
        expect(job.id).toBe('1');
        await consumer.close();
        resolve();
      } catch (error: unknown) {
        console.error(error);
      }
    });
  });
  await consumer.close();
});`,
            },
          ],
        },
      ],
    },
    // other work awaited in the listener keeps counting
    {
      code: `import { it } from 'vitest';
${services}it('cleans up after a failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await drain();
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 9,
          column: 25,
          endLine: 13,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { it } from 'vitest';
${services}it('cleans up after a failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      try {
        await drain();
        await consumer.close();
        reject(error);
      } catch (error: unknown) {
        reject(error);
      }
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
});`,
            },
          ],
        },
      ],
    },
    // nothing else in the file stops the consumer: closing it is the listener's own work
    {
      code: `import { it } from 'vitest';
${services}it('stops on failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 9,
          column: 25,
          endLine: 12,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { it } from 'vitest';
${services}it('stops on failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      try {
        await consumer.close();
        reject(error);
      } catch (error: unknown) {
        reject(error);
      }
    });
    consumer.on('drained', resolve);
  });
});`,
            },
          ],
        },
      ],
    },
    // outside test code nobody reports a failed close: the same listener stays reported
    {
      code: `${services}export async function runBatch(): Promise<void> {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 8,
          column: 25,
          endLine: 11,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${services}export async function runBatch(): Promise<void> {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      try {
        await consumer.close();
        reject(error);
      } catch (error: unknown) {
        reject(error);
      }
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
}`,
            },
          ],
        },
      ],
    },
  ],
});
