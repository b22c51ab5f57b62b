import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Background checks in tests: a dropped async function whose only way to reject is a failed
// assertion, in a file whose runner reports unhandled rejections; and async functions that hand
// back a promise which cannot reject.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // node:test reports the failed assertion of a timed check that runs beside the test
    `import { test } from 'node:test';
import assert from 'node:assert/strict';
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
declare const queue: { pending: number; start(): void };
test('throttles', async () => {
  queue.start();
  (async () => {
    await delay(500);
    assert.equal(queue.pending, 2);
  })();
  await delay(1000);
});`,
    // vitest: a local check function whose wait is a promise that only resolves
    `import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
class Pool extends EventEmitter {
  size = 0;
  async onIdle(): Promise<void> {
    if (this.size === 0) return;
    return new Promise<void>((resolve) => {
      this.once('idle', resolve);
    });
  }
}
it('drains', async () => {
  const pool = new Pool();
  const checkWhenIdle = async () => {
    await pool.onIdle();
    expect(pool.size).toBe(0);
  };
  checkWhenIdle();
  pool.emit('idle');
});`,
    // an async method handing back a promise that only resolves cannot reject, test code or not
    `import { EventEmitter } from 'node:events';
class Pool extends EventEmitter {
  async onIdle(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.once('idle', resolve);
    });
  }
}
const pool = new Pool();
pool.onIdle();`,
  ],
  invalid: [
    // the same timed check under Jest, which may only print the rejection
    {
      code: `import { test } from '@jest/globals';
import assert from 'node:assert/strict';
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
declare const queue: { pending: number; start(): void };
test('throttles', async () => {
  queue.start();
  (async () => {
    await delay(500);
    assert.equal(queue.pending, 2);
  })();
  await delay(1000);
});`,
      errors: [
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 10,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from '@jest/globals';
import assert from 'node:assert/strict';
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
declare const queue: { pending: number; start(): void };
test('throttles', async () => {
  queue.start();
  (async () => {
    await delay(500);
    assert.equal(queue.pending, 2);
  })().catch((error: unknown) => { console.error(error); });
  await delay(1000);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from '@jest/globals';
import assert from 'node:assert/strict';
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
declare const queue: { pending: number; start(): void };
test('throttles', async () => {
  queue.start();
  void (async () => {
    await delay(500);
    assert.equal(queue.pending, 2);
  })();
  await delay(1000);
});`,
            },
          ],
        },
      ],
    },
    // the check's wait can reject on its own: that failure is no assertion
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare function fetchStatus(): Promise<number>;
test('reports the status', async () => {
  (async () => {
    const status = await fetchStatus();
    assert.equal(status, 200);
  })();
});`,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 8,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare function fetchStatus(): Promise<number>;
test('reports the status', async () => {
  (async () => {
    const status = await fetchStatus();
    assert.equal(status, 200);
  })().catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare function fetchStatus(): Promise<number>;
test('reports the status', async () => {
  void (async () => {
    const status = await fetchStatus();
    assert.equal(status, 200);
  })();
});`,
            },
          ],
        },
      ],
    },
    // the handed-back promise rejects on the emitter's 'error' event
    {
      code: `import { EventEmitter } from 'node:events';
class Pool extends EventEmitter {
  async onIdle(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.once('idle', resolve);
      this.once('error', reject);
    });
  }
}
const pool = new Pool();
pool.onIdle();`,
      errors: [
        {
          messageId: 'floating',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `import { EventEmitter } from 'node:events';
class Pool extends EventEmitter {
  async onIdle(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.once('idle', resolve);
      this.once('error', reject);
    });
  }
}
const pool = new Pool();
await pool.onIdle();`,
            },
            {
              messageId: 'suggestCatch',
              output: `import { EventEmitter } from 'node:events';
class Pool extends EventEmitter {
  async onIdle(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.once('idle', resolve);
      this.once('error', reject);
    });
  }
}
const pool = new Pool();
pool.onIdle().catch((error: unknown) => { pool.emit('error', error); });`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { EventEmitter } from 'node:events';
class Pool extends EventEmitter {
  async onIdle(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.once('idle', resolve);
      this.once('error', reject);
    });
  }
}
const pool = new Pool();
void pool.onIdle();`,
            },
          ],
        },
      ],
    },
  ],
});
