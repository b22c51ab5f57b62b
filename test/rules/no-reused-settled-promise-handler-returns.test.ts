import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A rejection handler that hands back the promise it handles (`request.catch(() =>
// sleep(ms).then(() => request))`) "retries" by waiting for the rejection that already happened. A
// handler that starts a fresh attempt, or rethrows what it caught, is no such retry.
typedRuleTester().run('no-reused-settled-promise', rule, {
  valid: [
    // The fallback starts a new request; the other handler only logs and rethrows.
    `import { setTimeout as sleep } from 'node:timers/promises';
// The fallback starts a new request: the second attempt is a fresh promise.
export function withFallback<T>(request: Promise<T>, retry: () => Promise<T>, delayMs = 500): Promise<T> {
  return request.catch(() => sleep(delayMs).then(() => retry()));
}
// A handler that logs and hands the original rejection on is no retry: it only observes.
export function logged<T>(request: Promise<T>): Promise<T> {
  return request.then(undefined, (error: unknown) => {
    console.error(error);
    throw error;
  });
}`,
  ],
  invalid: [
    // The fallback waits and then hands back the same rejected request.
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
export function withFallback<T>(request: Promise<T>, delayMs = 500): Promise<T> {
  return request.catch(() => sleep(delayMs).then(() => request));
}`,
      errors: [{ messageId: 'retriedSettledPromise', line: 3, column: 10, endLine: 3, endColumn: 17 }],
    },
  ],
});
