// Values of an object literal handed to a dictionary of anything (`Record<string, unknown>`).
import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // The same rows with the rating awaited.
    `declare function rating(id: string): Promise<number | null>;
declare const council: { submit(day: string, regs: Array<Record<string, unknown>>): Promise<void> };
export async function register(id: string, day: string): Promise<void> {
  await council.submit(day, [{ id, rating: await rating(id) }]);
}`,
    // an awaited value in the record, and a dictionary typed to hold promises
    `async function computeTotals(id: string): Promise<{ total: number }> { return { total: id.length }; }
function buildEvent(type: string, data: Record<string, unknown>): string {
  return JSON.stringify({ type, data });
}
function collect(pending: Record<string, Promise<unknown>>): Promise<unknown[]> {
  return Promise.all(Object.values(pending));
}
export async function publish(id: string): Promise<string> {
  await collect({ totals: computeTotals(id) });
  return buildEvent('order.paid', { id, totals: await computeTotals(id) });
}`,
  ],
  invalid: [
    // An array of open records (Array<Record<string, unknown>>) given rows written in place: each row's values go where anything goes, so an un-awaited rating is sent as {}.
    {
      code: `declare function rating(id: string): Promise<number | null>;
declare const council: { submit(day: string, regs: Array<Record<string, unknown>>): Promise<void> };
export async function register(id: string, day: string): Promise<void> {
  await council.submit(day, [{ id, rating: rating(id) }]);
}`,
      output: null,
      errors: [
        {
          messageId: 'argument',
          line: 4,
          column: 44,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare function rating(id: string): Promise<number | null>;
declare const council: { submit(day: string, regs: Array<Record<string, unknown>>): Promise<void> };
export async function register(id: string, day: string): Promise<void> {
  await council.submit(day, [{ id, rating: await rating(id) }]);
}`,
            },
          ],
        },
      ],
    },
    // an object literal given to a Record<string, unknown> parameter: each value goes where anything goes, and JSON turns the promise into {}
    {
      code: `async function computeTotals(id: string): Promise<{ total: number }> { return { total: id.length }; }
function buildEvent(type: string, data: Record<string, unknown>): string {
  return JSON.stringify({ type, data });
}
export function publish(id: string): string {
  return buildEvent('order.paid', { id, totals: computeTotals(id) });
}`,
      errors: [
        {
          messageId: 'argument',
          line: 6,
          column: 49,
          endLine: 6,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
  ],
});
