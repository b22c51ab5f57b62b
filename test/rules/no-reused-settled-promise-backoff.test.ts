import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A back-off stepping from its own value (`interval = Math.min(interval * 2, max)`), and the loop's
// own counter read outside an index, are loop bookkeeping: the loop still only re-reads one
// settled promise.
typedRuleTester().run('no-reused-settled-promise', rule, {
  valid: [
    // each turn asks again
    `import { setTimeout as sleep } from 'node:timers/promises';
interface Job { state: 'RUNNING' | 'DONE' | 'FAILED'; output?: string }
declare function getJob(id: string): Promise<Job>;
export async function waitForJob(id: string): Promise<string | undefined> {
  let interval = 1_000;
  for (;;) {
    const job = await getJob(id);
    if (job.state === 'DONE') return job.output;
    if (job.state === 'FAILED') throw new Error(\`job \${id} failed\`);
    await sleep(interval);
    interval = Math.min(interval * 2, 30_000);
  }
}`,
    // the counter picks the item: each turn does work of its own, the promise is a gate
    `interface Intent { status: 'processing' | 'succeeded' | 'failed' }
declare const ready: Promise<Intent>;
declare function charge(item: string): Promise<void>;
export async function chargeAll(items: string[]): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    const intent = await ready;
    if (intent.status === 'failed') return;
    await charge(items[i]!);
  }
}`,
  ],
  invalid: [
    // the loop counter only feeds a progress message and the back-off
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
interface Intent { status: 'processing' | 'succeeded' | 'failed' }
declare function fetchIntent(id: string): Promise<Intent>;
declare const ui: { setProgress(message: string): void };
export async function awaitOutcome(id: string): Promise<'succeeded' | 'failed'> {
  const current = fetchIntent(id);
  for (let poll = 0; poll < 40; poll++) {
    const intent = await current;
    if (intent.status !== 'processing') return intent.status;
    ui.setProgress(poll < 5 ? 'Confirming…' : 'Still waiting…');
    await sleep(Math.min(500 * 1.5 ** poll, 4_000));
  }
  throw new Error(\`payment \${id} timed out\`);
}`,
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 8,
          column: 26,
          endLine: 8,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'current' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
interface Intent { status: 'processing' | 'succeeded' | 'failed' }
declare function fetchIntent(id: string): Promise<Intent>;
declare const ui: { setProgress(message: string): void };
export async function awaitOutcome(id: string): Promise<'succeeded' | 'failed'> {
  const current = () => fetchIntent(id);
  for (let poll = 0; poll < 40; poll++) {
    const intent = await current();
    if (intent.status !== 'processing') return intent.status;
    ui.setProgress(poll < 5 ? 'Confirming…' : 'Still waiting…');
    await sleep(Math.min(500 * 1.5 ** poll, 4_000));
  }
  throw new Error(\`payment \${id} timed out\`);
}`,
            },
          ],
        },
      ],
    },
    // the status is fetched once and the poll only grows its interval
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
interface Job { state: 'RUNNING' | 'DONE' | 'FAILED'; output?: string }
declare function getJob(id: string): Promise<Job>;
export async function waitForJob(id: string): Promise<string | undefined> {
  const status = getJob(id);
  let interval = 1_000;
  for (;;) {
    const job = await status;
    if (job.state === 'DONE') return job.output;
    if (job.state === 'FAILED') throw new Error(\`job \${id} failed\`);
    await sleep(interval);
    interval = Math.min(interval * 2, 30_000);
  }
}`,
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'status' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
interface Job { state: 'RUNNING' | 'DONE' | 'FAILED'; output?: string }
declare function getJob(id: string): Promise<Job>;
export async function waitForJob(id: string): Promise<string | undefined> {
  const status = () => getJob(id);
  let interval = 1_000;
  for (;;) {
    const job = await status();
    if (job.state === 'DONE') return job.output;
    if (job.state === 'FAILED') throw new Error(\`job \${id} failed\`);
    await sleep(interval);
    interval = Math.min(interval * 2, 30_000);
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
