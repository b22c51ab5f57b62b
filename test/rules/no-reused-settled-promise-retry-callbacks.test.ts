import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A retry helper calls its callback once per attempt: a callback that hands back a promise started
// once outside it gives every attempt the same settled promise.
typedRuleTester().run('no-reused-settled-promise', rule, {
  valid: [
    // the same helper given a thunk that starts a request each time; a helper that calls its callback once
    `declare const controller: { fetchStatus(id: string): Promise<{ armed: boolean }> };
declare function sleep(ms: number): Promise<void>;
async function pollUntil<T>(check: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await check();
    if (done(value)) return value;
    await sleep(500);
  }
}
async function once<T>(check: () => Promise<T>): Promise<T> {
  return check();
}
export async function arm(id: string) {
  const statusRequest = controller.fetchStatus(id);
  await once(() => statusRequest);
  return pollUntil(() => controller.fetchStatus(id), (s) => s.armed);
}`,
    // the callback starts a new upload on each attempt
    `declare function pRetry<T>(run: (attempt: number) => Promise<T>, options: { retries: number; minTimeout?: number }): Promise<T>;
declare const storage: { putObject(key: string, body: Uint8Array): Promise<{ ETag: string }> };
export async function publish(key: string, body: Uint8Array): Promise<string> {
  const { ETag } = await pRetry(() => storage.putObject(key, body), { retries: 4, minTimeout: 500 });
  return ETag;
}`,
    // a concurrency limiter calls its task once: not a retry helper
    `declare function limit<T>(task: () => Promise<T>): Promise<T>;
declare const storage: { putObject(key: string, body: Uint8Array): Promise<{ ETag: string }> };
export async function publish(key: string, body: Uint8Array): Promise<string> {
  const upload = storage.putObject(key, body);
  const { ETag } = await limit(() => upload);
  return ETag;
}`,
  ],
  invalid: [
    // a helper of this file calls the thunk on each turn of its loop: every poll gets the one request started before it
    {
      code: `declare const controller: { fetchStatus(id: string): Promise<{ armed: boolean }> };
declare function sleep(ms: number): Promise<void>;
async function pollUntil<T>(check: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await check();
    if (done(value)) return value;
    await sleep(500);
  }
}
export async function arm(id: string) {
  const statusRequest = controller.fetchStatus(id);
  return pollUntil(() => statusRequest, (s) => s.armed);
}`,
      output: null,
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 12,
          column: 26,
          endLine: 12,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              output: `declare const controller: { fetchStatus(id: string): Promise<{ armed: boolean }> };
declare function sleep(ms: number): Promise<void>;
async function pollUntil<T>(check: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await check();
    if (done(value)) return value;
    await sleep(500);
  }
}
export async function arm(id: string) {
  const statusRequest = () => controller.fetchStatus(id);
  return pollUntil(() => statusRequest(), (s) => s.armed);
}`,
            },
          ],
        },
      ],
    },
    // a retry helper's callback hands back the upload started once before it
    {
      code: `declare function pRetry<T>(run: (attempt: number) => Promise<T>, options: { retries: number; minTimeout?: number }): Promise<T>;
declare const storage: { putObject(key: string, body: Uint8Array): Promise<{ ETag: string }> };
export async function publish(key: string, body: Uint8Array): Promise<string> {
  const upload = storage.putObject(key, body);
  const { ETag } = await pRetry(() => upload, { retries: 4, minTimeout: 500 });
  return ETag;
}`,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'upload' },
              output: `declare function pRetry<T>(run: (attempt: number) => Promise<T>, options: { retries: number; minTimeout?: number }): Promise<T>;
declare const storage: { putObject(key: string, body: Uint8Array): Promise<{ ETag: string }> };
export async function publish(key: string, body: Uint8Array): Promise<string> {
  const upload = () => storage.putObject(key, body);
  const { ETag } = await pRetry(() => upload(), { retries: 4, minTimeout: 500 });
  return ETag;
}`,
            },
          ],
        },
      ],
    },
    // an attempt-counting policy awaits the one payment in its callback
    {
      code: `declare function charge(customer: string, cents: number): Promise<{ id: string }>;
declare const policy: { execute<T>(task: () => Promise<T>, options: { maxAttempts: number }): Promise<T> };
export async function bill(customer: string, cents: number): Promise<string> {
  const payment = charge(customer, cents);
  const receipt = await policy.execute(
    async () => {
      return await payment;
    },
    { maxAttempts: 3 },
  );
  return receipt.id;
}`,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'payment' },
              output: `declare function charge(customer: string, cents: number): Promise<{ id: string }>;
declare const policy: { execute<T>(task: () => Promise<T>, options: { maxAttempts: number }): Promise<T> };
export async function bill(customer: string, cents: number): Promise<string> {
  const payment = () => charge(customer, cents);
  const receipt = await policy.execute(
    async () => {
      return await payment();
    },
    { maxAttempts: 3 },
  );
  return receipt.id;
}`,
            },
          ],
        },
      ],
    },
  ],
});
