import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// AVA tracks rejections and fails a file only for those still unhandled when its tests end, so a
// handler the test attaches later (`await t.throwsAsync(waiting)`, a loop asserting each queued
// promise) is in time: no rejection window. Under vitest the early rejection is reported as
// unhandled before the assertion attaches.
typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // under AVA the waiting client is rejected during the end, and asserted right after
    {
      code: `import test from 'ava';
interface Pool {
  connect(): Promise<{ release(): void }>;
  end(): Promise<void>;
}
declare function createPool(): Pool;
test('rejects waiting clients', async (t) => {
  const pool = createPool();
  await pool.connect();
  const waiting = pool.connect();
  await pool.end();
  await t.throwsAsync(waiting);
});`,
      filename: 'loud.spec.ts',
    },
    // under AVA the queued acquisitions are checked one by one after the wait
    {
      code: `import test from 'ava';
interface Pool {
  acquire(): Promise<{ release(): void }>;
  end(): Promise<void>;
}
declare function createPool(): Pool;
test('rejects every queued acquisition', async (t) => {
  const pool = createPool();
  const queued = [pool.acquire(), pool.acquire()];
  await pool.end();
  for (const acquisition of queued) await t.throwsAsync(acquisition);
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // under vitest the rejection during the end is reported before the assertion attaches
    {
      code: `import { expect, it } from 'vitest';
interface Pool {
  connect(): Promise<{ release(): void }>;
  end(): Promise<void>;
}
declare function createPool(): Pool;
it('rejects waiting clients', async () => {
  const pool = createPool();
  await pool.connect();
  const waiting = pool.connect();
  await pool.end();
  await expect(waiting).rejects.toThrow();
});`,
      filename: 'loud.spec.ts',
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `import { expect, it } from 'vitest';
interface Pool {
  connect(): Promise<{ release(): void }>;
  end(): Promise<void>;
}
declare function createPool(): Pool;
it('rejects waiting clients', async () => {
  const pool = createPool();
  await pool.connect();
  const waiting = pool.connect();
  waiting.catch(() => {});
  await pool.end();
  await expect(waiting).rejects.toThrow();
});`,
            },
          ],
        },
      ],
    },
  ],
});
