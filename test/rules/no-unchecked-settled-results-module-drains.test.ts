import rule from '../../rules/no-unchecked-settled-results.js';
import { typedRuleTester } from '../rule-tester.js';

// A module-level collection the module fills with work it tracks (`inflight.add(work)`) is the
// module's work in flight, as a field is an object's: draining it discards nothing that was not
// handled where it started. Work started at the wait is still reported.
typedRuleTester().run('no-unchecked-settled-results', rule, {
  valid: [
    // `drain()` waits for the lookups `track` registered, each handled where it was added.
    `declare const catalogue: { lookup(sku: string): Promise<number> };
const inflight = new Set<Promise<unknown>>();
function track<T>(work: Promise<T>): Promise<T> {
  inflight.add(work);
  work.then(
    () => inflight.delete(work),
    () => inflight.delete(work),
  );
  return work;
}
export function price(sku: string): Promise<number> {
  return track(catalogue.lookup(sku));
}
export async function drain(): Promise<void> {
  await Promise.allSettled([...inflight]);
}`,
  ],
  invalid: [
    // The lookups start at the wait, from a module list of keys.
    {
      code: `declare const catalogue: { lookup(sku: string): Promise<number> };
const skus: string[] = [];
export function remember(sku: string): void {
  skus.push(sku);
}
export async function warm(): Promise<void> {
  await Promise.allSettled(skus.map((sku) => catalogue.lookup(sku)));
}`,
      errors: [
        {
          messageId: 'discardedResults',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestThrowOnRejection',
              output: `declare const catalogue: { lookup(sku: string): Promise<number> };
const skus: string[] = [];
export function remember(sku: string): void {
  skus.push(sku);
}
export async function warm(): Promise<void> {
  const results = await Promise.allSettled(skus.map((sku) => catalogue.lookup(sku)));
  const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'Promise.allSettled: some operations failed');
}`,
            },
          ],
        },
      ],
    },
  ],
});
