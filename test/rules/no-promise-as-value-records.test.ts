// Values of an object literal handed to a dictionary of anything (`Record<string, unknown>`).
import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
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
