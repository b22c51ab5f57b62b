import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A class written at the top of a test file as the code under test is judged as the module it
// stands for: a signal its method holds must reach the calls that accept one. Test doubles (named
// as fakes, or using the test API) and the tests themselves keep the test-code model, where the
// runner, not a caller's abort, ends the work.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // the class under test passes the signal on
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
interface HopperPool { query(sql: string, options?: { signal?: AbortSignal }): Promise<number[]> }
class HopperLevels {
  constructor(private readonly pool: HopperPool) {}
  async read(options: { signal?: AbortSignal } = {}): Promise<number[]> {
    return this.pool.query('SELECT level FROM hoppers', { signal: options.signal });
  }
}
test('reads the levels', async () => {
  const levels = new HopperLevels({ query: async () => [3, 4] });
  assert.deepEqual(await levels.read(), [3, 4]);
});`,
      filename: 'loud.spec.ts',
    },
    // a fake of the test does not forward the signal: it talks to nothing
    {
      code: `import { expect, it } from 'vitest';
interface HopperPool { query(sql: string, options?: { signal?: AbortSignal }): Promise<number[]> }
declare const backing: HopperPool;
class FakeHopperPool implements HopperPool {
  async query(sql: string, options?: { signal?: AbortSignal }): Promise<number[]> {
    options?.signal?.throwIfAborted();
    return backing.query(sql);
  }
}
it('reads through the fake', async () => {
  const pool = new FakeHopperPool();
  expect(await pool.query('SELECT 1', { signal: AbortSignal.timeout(100) })).toEqual([]);
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the class under test checks the signal but does not pass it to the query
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
interface HopperPool { query(sql: string, options?: { signal?: AbortSignal }): Promise<number[]> }
class HopperLevels {
  constructor(private readonly pool: HopperPool) {}
  async read(options: { signal?: AbortSignal } = {}): Promise<number[]> {
    options.signal?.throwIfAborted();
    return this.pool.query('SELECT level FROM hoppers');
  }
}
test('reads the levels', async () => {
  const levels = new HopperLevels({ query: async () => [3, 4] });
  assert.deepEqual(await levels.read(), [3, 4]);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 8,
          column: 22,
          endLine: 8,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { test } from 'node:test';
import assert from 'node:assert/strict';
interface HopperPool { query(sql: string, options?: { signal?: AbortSignal }): Promise<number[]> }
class HopperLevels {
  constructor(private readonly pool: HopperPool) {}
  async read(options: { signal?: AbortSignal } = {}): Promise<number[]> {
    options.signal?.throwIfAborted();
    return this.pool.query('SELECT level FROM hoppers', { signal: options.signal });
  }
}
test('reads the levels', async () => {
  const levels = new HopperLevels({ query: async () => [3, 4] });
  assert.deepEqual(await levels.read(), [3, 4]);
});`,
            },
          ],
        },
      ],
    },
  ],
});
