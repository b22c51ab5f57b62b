import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Callback-style tests (`it('…', (done) => …)`) in a suite whose setup makes unhandled rejections
// fail the run: `test/fixtures/package.json` runs `*.spec.ts` with `mocha-setup.ts`, whose
// `unhandledRejection` listener throws, and `*.e2e.ts` without it.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // a tap test that plans its assertions ends when they ran, and tap reports an unhandled rejection: the queued runs are not left behind
    `import { test } from 'tap';
import { EventEmitter } from 'node:events';
declare const pool: EventEmitter & { run(task: string): Promise<unknown>; readonly needsDrain: boolean };
test('fills the queue', ({ ok, pass, plan }) => {
  plan(2);
  pool.once('drain', () => pass());
  pool.run('a');
  pool.run('b');
  ok(pool.needsDrain);
});`,
    // a fire-and-forget write and a read whose callback ends the test: the test waits for `done`, a rejection fails the run
    {
      code: `declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: {
  set(key: string, value: string): Promise<'OK'>;
  get(key: string): Promise<string | null>;
  get(key: string, callback: (error: Error | null, value?: string | null) => void): void;
};
it('reads back what it wrote', (done) => {
  cache.set('greeting', 'hello');
  cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
    done();
  });
});`,
      filename: 'loud.spec.ts',
    },
    // an async listener in a callback-style test: its failed assertion is an unhandled rejection the setup rethrows
    {
      code: `import { EventEmitter } from 'node:events';
declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare function fetchGreeting(): Promise<string>;
it('answers every ping', (done) => {
  const bus = new EventEmitter();
  bus.on('ping', async () => {
    assert.equal(await fetchGreeting(), 'pong');
    done();
  });
  bus.emit('ping');
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the same runs in an async tap test without a plan: the test ends when its body does
    {
      code: `import { test } from 'tap';
import { EventEmitter } from 'node:events';
declare const pool: EventEmitter & { run(task: string): Promise<unknown>; readonly needsDrain: boolean };
test('fills the queue', async ({ ok, pass }) => {

  pool.once('drain', () => pass());
  pool.run('a');
  pool.run('b');
  ok(pool.needsDrain);
});`,
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from 'tap';
import { EventEmitter } from 'node:events';
declare const pool: EventEmitter & { run(task: string): Promise<unknown>; readonly needsDrain: boolean };
test('fills the queue', async ({ ok, pass }) => {

  pool.once('drain', () => pass());
  pool.run('a').catch((error: unknown) => { pool.emit('error', error); });
  pool.run('b');
  ok(pool.needsDrain);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'tap';
import { EventEmitter } from 'node:events';
declare const pool: EventEmitter & { run(task: string): Promise<unknown>; readonly needsDrain: boolean };
test('fills the queue', async ({ ok, pass }) => {

  pool.once('drain', () => pass());
  void pool.run('a');
  pool.run('b');
  ok(pool.needsDrain);
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from 'tap';
import { EventEmitter } from 'node:events';
declare const pool: EventEmitter & { run(task: string): Promise<unknown>; readonly needsDrain: boolean };
test('fills the queue', async ({ ok, pass }) => {

  pool.once('drain', () => pass());
  pool.run('a');
  pool.run('b').catch((error: unknown) => { pool.emit('error', error); });
  ok(pool.needsDrain);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'tap';
import { EventEmitter } from 'node:events';
declare const pool: EventEmitter & { run(task: string): Promise<unknown>; readonly needsDrain: boolean };
test('fills the queue', async ({ ok, pass }) => {

  pool.once('drain', () => pass());
  pool.run('a');
  void pool.run('b');
  ok(pool.needsDrain);
});`,
            },
          ],
        },
      ],
    },
    // the async listener in a spec run without the setup file: its failed assertion is lost and the test times out
    {
      code: `import { EventEmitter } from 'node:events';
declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare function fetchGreeting(): Promise<string>;
it('answers every ping', (done) => {
  const bus = new EventEmitter();
  bus.on('ping', async () => {
    assert.equal(await fetchGreeting(), 'pong');
    done();
  });
  bus.emit('ping');
});`,
      filename: 'quiet.e2e.ts',
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 7,
          column: 18,
          endLine: 10,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { EventEmitter } from 'node:events';
declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare function fetchGreeting(): Promise<string>;
it('answers every ping', (done) => {
  const bus = new EventEmitter();
  bus.on('ping', async () => {
    try {
      assert.equal(await fetchGreeting(), 'pong');
      done();
    } catch (error: unknown) {
      bus.emit('error', error);
    }
  });
  bus.emit('ping');
});`,
            },
          ],
        },
      ],
    },
    // the same read in a spec run without the setup file: mocha lets the failed assertion pass unseen
    {
      code: `declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: { get(key: string): Promise<string | null> };
it('reads back what it wrote', (done) => {
  cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
    done();
  });
});`,
      filename: 'quiet.e2e.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 8,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: { get(key: string): Promise<string | null> };
it('reads back what it wrote', (done) => {
  cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
    done();
  }).catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: { get(key: string): Promise<string | null> };
it('reads back what it wrote', (done) => {
  void cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
    done();
  });
});`,
            },
          ],
        },
      ],
    },
    // an async test in the loud suite: the test ends before the read, its assertion checks nothing
    {
      code: `declare function it(name: string, fn: () => Promise<void>): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: { get(key: string): Promise<string | null> };
it('reads back what it wrote', async () => {
  cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
  });
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 7,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare function it(name: string, fn: () => Promise<void>): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: { get(key: string): Promise<string | null> };
it('reads back what it wrote', async () => {
  await cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
  });
});`,
            },
            {
              messageId: 'suggestCatch',
              output: `declare function it(name: string, fn: () => Promise<void>): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: { get(key: string): Promise<string | null> };
it('reads back what it wrote', async () => {
  cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
  }).catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function it(name: string, fn: () => Promise<void>): void;
declare const assert: { equal(actual: unknown, expected: unknown): void };
declare const cache: { get(key: string): Promise<string | null> };
it('reads back what it wrote', async () => {
  void cache.get('greeting').then((value) => {
    assert.equal(value, 'hello');
  });
});`,
            },
          ],
        },
      ],
    },
    // an assertion on a promise that nobody waits for is a silent pass, loud suite or not
    {
      code: `declare function it(name: string, fn: (done: (error?: unknown) => void) => void): void;
declare const expect: (value: unknown) => { rejects: { toThrow(message?: string): Promise<void> } };
declare const cache: { get(key: string): Promise<string | null>; close(): void };
it('refuses reads once closed', (done) => {
  cache.close();
  expect(cache.get('greeting')).rejects.toThrow('closed');
  done();
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
  ],
});
