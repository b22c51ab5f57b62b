import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// In a test file whose runner fails the run on an unhandled rejection (vitest, node:test, ava,
// tap, Deno), a promise dropped in a test body and followed only by the test's synchronous checks
// is watched by the runner: its rejection fails the run with its cause. Tests leave the code under
// test running on purpose to look at what it has done so far. What stays reported is what only the
// test could see: an assertion on a promise, a wait, a chain or helper that asserts, a drop in a
// hook, and any drop under Jest or mocha, which can lose the rejection (races with later waits are
// in no-floating-promises-watched-drop-races.test.ts).
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // vitest: the refetch is left running on purpose; the test checks the synchronous call count
    {
      code: `import { expect, it, vi } from 'vitest';
class Cache {
  constructor(private readonly load: () => Promise<number>) {}
  async invalidate(key: string): Promise<void> {
    if (key === '') throw new Error('empty key');
    await this.load();
  }
}
it('refetches on invalidate', () => {
  const load = vi.fn(async () => 1);
  const cache = new Cache(load);
  cache.invalidate('hive-7');
  expect(load).toHaveBeenCalledTimes(1);
});`,
      filename: 'loud.spec.ts',
    },
    // node:test: the send is dropped in an async test, the push stub is checked at once
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
class Channel {
  pushed: string[] = [];
  async send(event: string): Promise<string> {
    this.pushed.push(event);
    return 'ok';
  }
}
test('pushes over the socket', async () => {
  const channel = new Channel();
  channel.send('surtitle');
  assert.deepEqual(channel.pushed, ['surtitle']);
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the chain's callback asserts: its failure would not fail this test
    {
      code: `import { expect, it } from 'vitest';
declare function readGauge(id: string): Promise<number>;
it('reads the gauge', () => {
  readGauge('turbine-2').then((value) => expect(value).toBeGreaterThan(0));
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
declare function readGauge(id: string): Promise<number>;
it('reads the gauge', () => {
  readGauge('turbine-2').then((value) => expect(value).toBeGreaterThan(0)).catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
declare function readGauge(id: string): Promise<number>;
it('reads the gauge', () => {
  void readGauge('turbine-2').then((value) => expect(value).toBeGreaterThan(0));
});`,
            },
          ],
        },
      ],
    },
    // a wait helper dropped waits for nothing
    {
      code: `import { expect, it } from 'vitest';
declare function waitForDocked(ferry: string): Promise<void>;
declare const harbour: { docked: Set<string> };
it('docks the ferry', async () => {
  waitForDocked('ferry-3');
  expect(harbour.docked.has('ferry-3')).toBe(true);
});`,
      filename: 'loud.spec.ts',
      output: null,
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
              output: `import { expect, it } from 'vitest';
declare function waitForDocked(ferry: string): Promise<void>;
declare const harbour: { docked: Set<string> };
it('docks the ferry', async () => {
  waitForDocked('ferry-3').catch((error: unknown) => { console.error(error); });
  expect(harbour.docked.has('ferry-3')).toBe(true);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
declare function waitForDocked(ferry: string): Promise<void>;
declare const harbour: { docked: Set<string> };
it('docks the ferry', async () => {
  void waitForDocked('ferry-3');
  expect(harbour.docked.has('ferry-3')).toBe(true);
});`,
            },
          ],
        },
      ],
    },
    // a helper of the test that asserts, dropped
    {
      code: `import { expect, it } from 'vitest';
declare const herbarium: { count(): Promise<number> };
async function expectSpecimens(n: number): Promise<void> {
  expect(await herbarium.count()).toBe(n);
}
it('counts the lichens', () => {
  expectSpecimens(3);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
declare const herbarium: { count(): Promise<number> };
async function expectSpecimens(n: number): Promise<void> {
  expect(await herbarium.count()).toBe(n);
}
it('counts the lichens', () => {
  expectSpecimens(3).catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
declare const herbarium: { count(): Promise<number> };
async function expectSpecimens(n: number): Promise<void> {
  expect(await herbarium.count()).toBe(n);
}
it('counts the lichens', () => {
  void expectSpecimens(3);
});`,
            },
          ],
        },
      ],
    },
    // dropped in a hook: the next test starts with it still running
    {
      code: `import { afterEach, it } from 'vitest';
declare const rink: { resurface(): Promise<void>; closed: boolean };
afterEach(() => {
  rink.resurface();
});
it('is open', () => {
  if (rink.closed) throw new Error('closed');
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { afterEach, it } from 'vitest';
declare const rink: { resurface(): Promise<void>; closed: boolean };
afterEach(() => {
  rink.resurface().catch((error: unknown) => { console.error(error); });
});
it('is open', () => {
  if (rink.closed) throw new Error('closed');
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { afterEach, it } from 'vitest';
declare const rink: { resurface(): Promise<void>; closed: boolean };
afterEach(() => {
  void rink.resurface();
});
it('is open', () => {
  if (rink.closed) throw new Error('closed');
});`,
            },
          ],
        },
      ],
    },
    // under Jest an unhandled rejection may be lost, so the drop stays reported
    {
      code: `import { expect, it } from '@jest/globals';
class Cache {
  calls = 0;
  async invalidate(key: string): Promise<void> {
    this.calls += 1;
    if (key === '') throw new Error('empty key');
  }
}
it('refetches on invalidate', () => {
  const cache = new Cache();
  cache.invalidate('hive-7');
  expect(cache.calls).toBe(1);
});`,
      filename: 'quiet.e2e.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from '@jest/globals';
class Cache {
  calls = 0;
  async invalidate(key: string): Promise<void> {
    this.calls += 1;
    if (key === '') throw new Error('empty key');
  }
}
it('refetches on invalidate', () => {
  const cache = new Cache();
  cache.invalidate('hive-7').catch((error: unknown) => { console.error(error); });
  expect(cache.calls).toBe(1);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from '@jest/globals';
class Cache {
  calls = 0;
  async invalidate(key: string): Promise<void> {
    this.calls += 1;
    if (key === '') throw new Error('empty key');
  }
}
it('refetches on invalidate', () => {
  const cache = new Cache();
  void cache.invalidate('hive-7');
  expect(cache.calls).toBe(1);
});`,
            },
          ],
        },
      ],
    },
  ],
});
