import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Async listeners in test code whose only way to reject is the test's own teardown run early.
const services = `declare class Consumer { close(): Promise<void>; on(event: string, listener: (...args: any[]) => void): this }
declare class Events { on(event: string, listener: (error: Error) => void): this }
declare function drain(): Promise<void>;
`;

typedRuleTester().run('no-floating-promises', rule, {
  valid: [
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
