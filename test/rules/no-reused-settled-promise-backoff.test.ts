import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A back-off stepping from its own value (`interval = Math.min(interval * 2, max)`) is loop
// bookkeeping like a counter: the loop still only re-reads one settled promise.
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
  ],
  invalid: [
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
