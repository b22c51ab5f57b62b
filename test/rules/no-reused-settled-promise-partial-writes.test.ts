import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A poll that starts a new request only on some ways round the loop re-awaits, on the others, the
// promise that already settled: those turns see the same status again. Every way round (from the
// await back to it) must write the promise anew, or leave the loop.
typedRuleTester().run('no-reused-settled-promise', rule, {
  valid: [
    // each stage that goes round starts a new request
    `import { setTimeout as sleep } from 'node:timers/promises';
type Stage = 'queued' | 'salting' | 'packed';
declare const api: { status(id: string): Promise<{ stage: Stage }> };
export async function waitPacked(id: string): Promise<void> {
  let pending = api.status(id);
  for (let poll = 0; poll < 100; poll++) {
    const status = await pending;
    switch (status.stage) {
      case 'packed':
        return;
      case 'salting':
        await sleep(4000);
        pending = api.status(id);
        break;
      default:
        await sleep(1000);
        pending = api.status(id);
    }
  }
  throw new Error('still not packed');
}`,
    // both branches of the if write it, one with a longer wait
    `import { setTimeout as sleep } from 'node:timers/promises';
declare const api: { status(id: string): Promise<{ done: boolean; slow: boolean }> };
export async function waitDone(id: string): Promise<void> {
  let pending = api.status(id);
  while (true) {
    const status = await pending;
    if (status.done) return;
    if (status.slow) {
      await sleep(5000);
      pending = api.status(id);
    } else {
      await sleep(500);
      pending = api.status(id);
    }
  }
}`,
  ],
  invalid: [
    // only the salting stage starts a new request; the other stages re-await the settled one
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
type Stage = 'queued' | 'salting' | 'packed';
declare const api: { status(id: string): Promise<{ stage: Stage }> };
export async function waitPacked(id: string): Promise<void> {
  let pending = api.status(id);
  for (let poll = 0; poll < 100; poll++) {
    const status = await pending;
    switch (status.stage) {
      case 'packed':
        return;
      case 'salting':
        await sleep(4000);
        pending = api.status(id);
        break;
      default:
        await sleep(1000);
    }
  }
  throw new Error('still not packed');
}`,
      output: null,
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 7,
          column: 26,
          endLine: 7,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    // a slow status goes round at once, without a new request
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare const api: { status(id: string): Promise<{ done: boolean; slow: boolean }> };
export async function waitDone(id: string): Promise<void> {
  let pending = api.status(id);
  while (true) {
    const status = await pending;
    if (status.done) return;
    if (status.slow) {
      await sleep(5000);
      continue;
    }
    await sleep(500);
    pending = api.status(id);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
  ],
});
