import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Async callbacks whose bodies cannot throw: listener registrations, property writes on present
// values, waits for a resolve-only sleep declared in another module. An assertion still throws.
const worker = `declare class Worker {
  concurrency: number;
  on(event: 'completed' | 'failed' | 'ready', listener: (job: { attempts: number }) => void): this;
}
declare const expect: (value: unknown) => { toBe(expected: unknown): void };
`;

typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the async listener only counts and sets a property of a present worker
    `${worker}export function twoDone(worker: Worker) {
  let seen = 0;
  return new Promise<void>((resolve) => {
    worker.on('completed', async (job) => {
      seen++;
      worker.concurrency = job.attempts + 1;
      if (seen === 2) resolve();
    });
  });
}`,
    // an async executor that waits for a sleep whose executor only starts a timer and listens for the abort
    `import { nap } from './helpers';
declare class Worker { on(event: string, listener: () => void): this }
export function settled(worker: Worker) {
  return new Promise<void>(async (resolve) => {
    worker.on('ready', () => resolve());
    await nap(1000);
    resolve();
  });
}`,
    // an async executor that only registers a listener, on a present emitter
    `${worker}export function ready(worker: Worker) {
  return new Promise<void>(async (resolve) => {
    worker.on('ready', () => resolve());
  });
}`,
  ],
  invalid: [
    // after a sleep that cannot reject, a plain call is not held against the IIFE; a test context's assertion is
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare const queue: { pause(): void };
declare const t: { is(actual: unknown, expected: unknown): void };
export function schedule(seen: number[]) {
  (async () => {
    await sleep(600);
    queue.pause();
  })();
  (async () => {
    await sleep(100);
    t.is(seen.length, 1);
  })();
}`,
      errors: [
        {
          messageId: 'floating',
          line: 9,
          column: 3,
          endLine: 12,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare const queue: { pause(): void };
declare const t: { is(actual: unknown, expected: unknown): void };
export function schedule(seen: number[]) {
  (async () => {
    await sleep(600);
    queue.pause();
  })();
  (async () => {
    await sleep(100);
    t.is(seen.length, 1);
  })().catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare const queue: { pause(): void };
declare const t: { is(actual: unknown, expected: unknown): void };
export function schedule(seen: number[]) {
  (async () => {
    await sleep(600);
    queue.pause();
  })();
  void (async () => {
    await sleep(100);
    t.is(seen.length, 1);
  })();
}`,
            },
          ],
        },
      ],
    },
    // the sleep it waits for rejects on abort
    {
      code: `import { napOrAbort } from './helpers';
declare class Worker { on(event: string, listener: () => void): this }
export function settled(worker: Worker, signal: AbortSignal) {
  return new Promise<void>(async (resolve) => {
    worker.on('ready', () => resolve());
    await napOrAbort(1000, signal);
    resolve();
  });
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 28,
          endLine: 8,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { napOrAbort } from './helpers';
declare class Worker { on(event: string, listener: () => void): this }
export function settled(worker: Worker, signal: AbortSignal) {
  return new Promise<void>(async (resolve) => {
    try {
      worker.on('ready', () => resolve());
      await napOrAbort(1000, signal);
      resolve();
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
    // an assertion throws by design: its failure rejects the ignored promise
    {
      code: `${worker}export function watch(worker: Worker) {
  worker.on('completed', async (job) => {
    worker.concurrency = 2;
    expect(job.attempts).toBe(1);
  });
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 7,
          column: 26,
          endLine: 10,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${worker}export function watch(worker: Worker) {
  worker.on('completed', async (job) => {
    try {
      worker.concurrency = 2;
      expect(job.attempts).toBe(1);
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
    // a property of a value that may be missing, or of \`any\`, can throw
    {
      code: `${worker}export function watch(worker: Worker, last: { job?: { attempts: number } }) {
  worker.on('failed', async () => {
    worker.concurrency = last.job!.attempts;
  });
  worker.on('failed', async (job) => {
    (job as any).attempts.count++;
  });
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 7,
          column: 23,
          endLine: 9,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${worker}export function watch(worker: Worker, last: { job?: { attempts: number } }) {
  worker.on('failed', async () => {
    try {
      worker.concurrency = last.job!.attempts;
    } catch (error: unknown) {
      console.error(error);
    }
  });
  worker.on('failed', async (job) => {
    (job as any).attempts.count++;
  });
}`,
            },
          ],
        },
        {
          messageId: 'asyncCallbackIgnored',
          line: 10,
          column: 23,
          endLine: 12,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${worker}export function watch(worker: Worker, last: { job?: { attempts: number } }) {
  worker.on('failed', async () => {
    worker.concurrency = last.job!.attempts;
  });
  worker.on('failed', async (job) => {
    try {
      (job as any).attempts.count++;
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
