import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// An async callback that settles a `Promise.withResolvers()` deferred (`worker.once('message',
// async (reply) => { await store.save(reply); resolve(…); })`) returns a promise nobody watches:
// if the `await` rejects, the settle call never runs and the deferred stays pending. A `try` whose
// `catch` rejects the deferred is the look-alike; the function that makes the deferred is not
// judged (its own rejections reach its caller).
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // a failed save rejects the deferred
    `import { Worker } from 'node:worker_threads';
interface Store {
  save(card: string): Promise<{ location: string }>;
}
export function compile(path: URL, store: Store): Promise<string> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  const worker = new Worker(path);
  worker.once('message', async (card: string) => {
    try {
      const { location } = await store.save(card);
      resolve(location);
    } catch (err) {
      reject(err);
    }
  });
  worker.once('error', reject);
  return promise;
}`,
    // the function making the deferred awaits first; its rejection reaches its own caller
    `interface Store {
  open(): Promise<void>;
  next(): string | undefined;
}
export async function firstCard(store: Store): Promise<Promise<string>> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  await store.open();
  const card = store.next();
  if (card === undefined) reject(new Error('no card'));
  else resolve(card);
  return promise;
}`,
  ],
  invalid: [
    // a failed save leaves the deferred pending
    {
      code: `import { Worker } from 'node:worker_threads';
interface Store {
  save(card: string): Promise<{ location: string }>;
}
export function compile(path: URL, store: Store): Promise<string> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  const worker = new Worker(path);
  worker.once('message', async (card: string) => {
    const { location } = await store.save(card);
    resolve(location);
  });
  worker.once('error', reject);
  return promise;
}`,
      output: null,
      errors: [
        {
          messageId: 'awaitBeforeSettle',
          line: 9,
          column: 26,
          endLine: 9,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestTryReject',
              output: `import { Worker } from 'node:worker_threads';
interface Store {
  save(card: string): Promise<{ location: string }>;
}
export function compile(path: URL, store: Store): Promise<string> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  const worker = new Worker(path);
  worker.once('message', async (card: string) => {
    try {
      const { location } = await store.save(card);
      resolve(location);
    } catch (error: unknown) {
      reject(error);
    }
  });
  worker.once('error', reject);
  return promise;
}`,
            },
          ],
        },
      ],
    },
  ],
});
