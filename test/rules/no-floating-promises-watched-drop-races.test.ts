import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// A call dropped in a test body of a runner that fails the run on an unhandled rejection is watched
// when only the test's synchronous checks follow it: the test looks at what the work did so far and
// ends. A test that waits after the drop (an `await`, or a sleep it drops) and then reads the work's
// effect races the work instead; a drop with nothing after it checks nothing; a loop the test wrote
// in place is its own work. Those stay reported.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // node:test: two queued pours, the kiln's queue is checked at once and the test ends
    {
      code: `import { test } from 'node:test';
class Kiln {
  queue: string[] = [];
  async pour(batch: string): Promise<void> {
    this.queue.push(batch);
    if (this.queue.length > 3) throw new Error('kiln full');
  }
}
test('queues the pours', async () => {
  const kiln = new Kiln();
  kiln.pour('cobalt');
  kiln.pour('amber');
  if (kiln.queue.length !== 2) throw new Error('expected two pours');
});`,
      filename: 'loud.spec.ts',
    },
    // vitest: the dispatch is left running; the synchronous call count is the point of the test
    {
      code: `import { expect, it, vi } from 'vitest';
class Dispatcher {
  constructor(private readonly send: (crane: string) => Promise<void>) {}
  async dispatch(crane: string): Promise<void> {
    await this.send(crane);
  }
}
it('sends to the crane', () => {
  const send = vi.fn(async () => undefined);
  const dispatcher = new Dispatcher(send);
  dispatcher.dispatch('north-3');
  const calls = send.mock.calls.length;
  expect(calls).toBe(1);
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the test waits for something else and then reads the work's effect: it races the work
    {
      code: `import { expect, it } from 'vitest';
class Ledger {
  rows: string[] = [];
  async record(row: string): Promise<void> {
    if (row === '') throw new Error('empty row');
    await Promise.resolve();
    this.rows.push(row);
  }
}
declare function openLedger(): Promise<Ledger>;
it('records the lot', async () => {
  const ledger = await openLedger();
  ledger.record('lot 12');
  await openLedger();
  expect(ledger.rows).toEqual(['lot 12']);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
class Ledger {
  rows: string[] = [];
  async record(row: string): Promise<void> {
    if (row === '') throw new Error('empty row');
    await Promise.resolve();
    this.rows.push(row);
  }
}
declare function openLedger(): Promise<Ledger>;
it('records the lot', async () => {
  const ledger = await openLedger();
  ledger.record('lot 12').catch((error: unknown) => { console.error(error); });
  await openLedger();
  expect(ledger.rows).toEqual(['lot 12']);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
class Ledger {
  rows: string[] = [];
  async record(row: string): Promise<void> {
    if (row === '') throw new Error('empty row');
    await Promise.resolve();
    this.rows.push(row);
  }
}
declare function openLedger(): Promise<Ledger>;
it('records the lot', async () => {
  const ledger = await openLedger();
  void ledger.record('lot 12');
  await openLedger();
  expect(ledger.rows).toEqual(['lot 12']);
});`,
            },
          ],
        },
      ],
    },
    // the drop is the test's last statement: nothing checks it and the test ends before it
    {
      code: `import { test } from 'node:test';
declare class Press { run(): Promise<void>; stop(): Promise<void> }
test('starts the press', async () => {
  const press = new Press();
  press.run();
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { test } from 'node:test';
declare class Press { run(): Promise<void>; stop(): Promise<void> }
test('starts the press', async () => {
  const press = new Press();
  press.run().catch((error: unknown) => { console.error(error); });
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { test } from 'node:test';
declare class Press { run(): Promise<void>; stop(): Promise<void> }
test('starts the press', async () => {
  const press = new Press();
  void press.run();
});`,
            },
          ],
        },
      ],
    },
    // a sleep dropped after the work: the test meant to wait for it before checking
    {
      code: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Chimes { ring(hour: number): Promise<void>; rung: number[] }
test('rings the hour', () => {
  const chimes = new Chimes();
  chimes.ring(3);
  sleep(20);
  expect(chimes.rung).toEqual([3]);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Chimes { ring(hour: number): Promise<void>; rung: number[] }
test('rings the hour', () => {
  const chimes = new Chimes();
  chimes.ring(3).catch((error: unknown) => { console.error(error); });
  sleep(20);
  expect(chimes.rung).toEqual([3]);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Chimes { ring(hour: number): Promise<void>; rung: number[] }
test('rings the hour', () => {
  const chimes = new Chimes();
  void chimes.ring(3);
  sleep(20);
  expect(chimes.rung).toEqual([3]);
});`,
            },
          ],
        },
        {
          messageId: 'floating',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Chimes { ring(hour: number): Promise<void>; rung: number[] }
test('rings the hour', () => {
  const chimes = new Chimes();
  chimes.ring(3);
  sleep(20).catch((error: unknown) => { console.error(error); });
  expect(chimes.rung).toEqual([3]);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
declare class Chimes { ring(hour: number): Promise<void>; rung: number[] }
test('rings the hour', () => {
  const chimes = new Chimes();
  chimes.ring(3);
  void sleep(20);
  expect(chimes.rung).toEqual([3]);
});`,
            },
          ],
        },
      ],
    },
    // a loop the test wrote in place: its count is read before the loop ran
    {
      code: `import { expect, it } from 'vitest';
declare function watch(): AsyncIterable<{ kind: 'gust' | 'calm' }>;
it('counts gusts', () => {
  let gusts = 0;
  (async () => {
    for await (const reading of watch()) if (reading.kind === 'gust') gusts++;
  })();
  expect(gusts).toBe(0);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 5,
          column: 3,
          endLine: 7,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
declare function watch(): AsyncIterable<{ kind: 'gust' | 'calm' }>;
it('counts gusts', () => {
  let gusts = 0;
  (async () => {
    for await (const reading of watch()) if (reading.kind === 'gust') gusts++;
  })().catch((error: unknown) => { console.error(error); });
  expect(gusts).toBe(0);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
declare function watch(): AsyncIterable<{ kind: 'gust' | 'calm' }>;
it('counts gusts', () => {
  let gusts = 0;
  void (async () => {
    for await (const reading of watch()) if (reading.kind === 'gust') gusts++;
  })();
  expect(gusts).toBe(0);
});`,
            },
          ],
        },
      ],
    },
  ],
});
