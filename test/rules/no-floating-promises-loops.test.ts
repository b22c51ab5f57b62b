import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// `forEach(async …)` in an async function drops the work even when the callbacks cannot reject:
// the function returns before any of them has finished, where it could have waited.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // a plain function cannot wait: callbacks that cannot reject may run on their own
    `declare function handle(id: string): Promise<void>;
declare const log: { error(message: string, error: unknown): void };
export function processBatch(ids: string[]): number {
  ids.forEach(async (id) => {
    try {
      await handle(id);
    } catch (error) {
      log.error('failed', error);
    }
  });
  return ids.length;
}`,
  ],
  invalid: [
    // the batch is counted as processed before any item is
    {
      code: `declare function handle(id: string): Promise<void>;
declare const log: { error(message: string, error: unknown): void };
export async function processBatch(ids: string[]): Promise<number> {
  ids.forEach(async (id) => {
    try {
      await handle(id);
    } catch (error) {
      log.error('failed', error);
    }
  });
  return ids.length;
}`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 15,
          endLine: 10,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestMapAll',
              output: `declare function handle(id: string): Promise<void>;
declare const log: { error(message: string, error: unknown): void };
export async function processBatch(ids: string[]): Promise<number> {
  await Promise.all(ids.map(async (id) => {
    try {
      await handle(id);
    } catch (error) {
      log.error('failed', error);
    }
  }));
  return ids.length;
}`,
            },
          ],
        },
      ],
    },
  ],
});
