import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// A background loop a test starts and does not keep (`(async () => { for await (const s of
// conn.status()) … })()`) that tells the test it got somewhere through a local the test then awaits
// (`seen.resolve()`, then `await seen.promise`): the test waits for that work, and under a runner
// that reports unhandled rejections a failure is not lost. A loop nothing waits for stays reported.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // The test awaits the deferred the watcher resolves.
    {
      code: `import { expect, it } from 'vitest';
interface Status {
  type: 'reconnect' | 'disconnect';
}
declare function connect(): Promise<{ status(): AsyncIterable<Status>; reconnect(): void; close(): Promise<void> }>;
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
it('sees the reconnect', async () => {
  const conn = await connect();
  const seen = deferred();
  (async () => {
    for await (const status of conn.status()) {
      if (status.type === 'reconnect') seen.resolve();
    }
  })();
  conn.reconnect();
  await seen.promise;
  expect(true).toBe(true);
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // The watcher's count is read with nothing waiting for it.
    {
      code: `import { expect, it } from 'vitest';
interface Status {
  type: 'reconnect' | 'disconnect';
}
declare function connect(): Promise<{ status(): AsyncIterable<Status>; reconnect(): void; close(): Promise<void> }>;
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
it('sees the reconnect', async () => {
  const conn = await connect();
  const seen = deferred();
  let reconnects = 0;
  // Nothing waits for the watcher: its count is read whenever the test gets there.
  (async () => {
    for await (const status of conn.status()) {
      if (status.type === 'reconnect') reconnects++;
    }
    seen.resolve();
  })();
  conn.reconnect();
  expect(reconnects).toBe(1);
});`,
      filename: 'loud.spec.ts',
      errors: [
        {
          messageId: 'floating',
          line: 16,
          column: 3,
          endLine: 21,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
interface Status {
  type: 'reconnect' | 'disconnect';
}
declare function connect(): Promise<{ status(): AsyncIterable<Status>; reconnect(): void; close(): Promise<void> }>;
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
it('sees the reconnect', async () => {
  const conn = await connect();
  const seen = deferred();
  let reconnects = 0;
  // Nothing waits for the watcher: its count is read whenever the test gets there.
  (async () => {
    for await (const status of conn.status()) {
      if (status.type === 'reconnect') reconnects++;
    }
    seen.resolve();
  })().catch((error: unknown) => { console.error(error); });
  conn.reconnect();
  expect(reconnects).toBe(1);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
interface Status {
  type: 'reconnect' | 'disconnect';
}
declare function connect(): Promise<{ status(): AsyncIterable<Status>; reconnect(): void; close(): Promise<void> }>;
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
it('sees the reconnect', async () => {
  const conn = await connect();
  const seen = deferred();
  let reconnects = 0;
  // Nothing waits for the watcher: its count is read whenever the test gets there.
  void (async () => {
    for await (const status of conn.status()) {
      if (status.type === 'reconnect') reconnects++;
    }
    seen.resolve();
  })();
  conn.reconnect();
  expect(reconnects).toBe(1);
});`,
            },
          ],
        },
      ],
    },
  ],
});
