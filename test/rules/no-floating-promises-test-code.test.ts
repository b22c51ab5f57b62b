import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Async listeners in test code whose only way to reject is the test's own teardown run early.
const services = `declare class Consumer { close(): Promise<void>; on(event: string, listener: (...args: any[]) => void): this }
declare class Events { on(event: string, listener: (error: Error) => void): this }
declare function drain(): Promise<void>;
`;

typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the failure listener stops the consumer the test also stops, then hands the error to the test's deferred
    `import { expect, it } from 'vitest';
${services}it('processes the batch', async () => {
  const consumer = new Consumer();
  const events = new Events();
  const done = new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', () => resolve());
  });
  await done;
  expect(1).toBe(1);
  await consumer.close();
});`,
    // a built-in error built for the deferred cannot throw either
    `import { it } from 'vitest';
${services}it('must not finish', async () => {
  const consumer = new Consumer();
  await new Promise<void>((resolve, reject) => {
    consumer.on('completed', async () => {
      await consumer.close();
      reject(new Error('expected a failure, got a completion'));
    });
    consumer.on('failed', () => resolve());
  });
  await consumer.close();
});`,
    // the consumer belongs to the suite: an \`afterEach\` hook stops it
    `import { afterEach, beforeEach, it } from 'vitest';
${services}let consumer: Consumer;
beforeEach(() => { consumer = new Consumer(); });
afterEach(async () => { await consumer.close(); });
it('reports the failure', async () => {
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer!.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
});`,
  ],
  invalid: [
    // an assertion in the listener can still reject: the failed assertion becomes an unhandled rejection
    {
      code: `import { expect, it } from 'vitest';
${services}it('completes the job', async () => {
  const consumer = new Consumer();
  await new Promise<void>((resolve) => {
    consumer.on('completed', async (job: { id: string }) => {
      expect(job.id).toBe('1');
      await consumer.close();
      resolve();
    });
  });
  await consumer.close();
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 8,
          column: 30,
          endLine: 12,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { expect, it } from 'vitest';
${services}it('completes the job', async () => {
  const consumer = new Consumer();
  await new Promise<void>((resolve) => {
    consumer.on('completed', async (job: { id: string }) => {
      try {
        expect(job.id).toBe('1');
        await consumer.close();
        resolve();
      } catch (error: unknown) {
        console.error(error);
      }
    });
  });
  await consumer.close();
});`,
            },
          ],
        },
      ],
    },
    // other work awaited in the listener keeps counting
    {
      code: `import { it } from 'vitest';
${services}it('cleans up after a failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await drain();
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 9,
          column: 25,
          endLine: 13,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { it } from 'vitest';
${services}it('cleans up after a failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      try {
        await drain();
        await consumer.close();
        reject(error);
      } catch (error: unknown) {
        reject(error);
      }
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
});`,
            },
          ],
        },
      ],
    },
    // nothing else in the file stops the consumer: closing it is the listener's own work
    {
      code: `import { it } from 'vitest';
${services}it('stops on failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 9,
          column: 25,
          endLine: 12,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `import { it } from 'vitest';
${services}it('stops on failure', async () => {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      try {
        await consumer.close();
        reject(error);
      } catch (error: unknown) {
        reject(error);
      }
    });
    consumer.on('drained', resolve);
  });
});`,
            },
          ],
        },
      ],
    },
    // outside test code nobody reports a failed close: the same listener stays reported
    {
      code: `${services}export async function runBatch(): Promise<void> {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      await consumer.close();
      reject(error);
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 8,
          column: 25,
          endLine: 11,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `${services}export async function runBatch(): Promise<void> {
  const consumer = new Consumer();
  const events = new Events();
  await new Promise<void>((resolve, reject) => {
    events.on('failed', async (error) => {
      try {
        await consumer.close();
        reject(error);
      } catch (error: unknown) {
        reject(error);
      }
    });
    consumer.on('drained', resolve);
  });
  await consumer.close();
}`,
            },
          ],
        },
      ],
    },
  ],
});
