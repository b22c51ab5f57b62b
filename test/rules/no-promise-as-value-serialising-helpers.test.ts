import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

// A function of the program that takes `unknown` and hands that parameter to `JSON.stringify`
// (`sendJson(res, 200, body)`) uses everything stored in it, records built by a `map` included: a
// promise in them is serialised as `{}`. A function that only keeps what it is given is left to its
// body, as before.
typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // the helper keeps the records it is given, whole, and serialises nothing
    `declare const conditions: { current(id: string): Promise<{ knots: number }> };
const pending: unknown[] = [];
function track(entry: unknown): void {
  pending.push(entry);
}
export function spots(ids: string[]): void {
  track({ spots: ids.map((id) => ({ id, conditions: conditions.current(id) })) });
}`,
  ],
  invalid: [
    // the records built by the map hold each spot's conditions promise, serialised by the helper
    {
      code: `declare const conditions: { current(id: string): Promise<{ knots: number }> };
function sendJson(body: unknown): string {
  return JSON.stringify(body);
}
export function spots(ids: string[]): string {
  return sendJson({ spots: ids.map((id) => ({ id, conditions: conditions.current(id) })) });
}`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 6,
          column: 63,
          endLine: 6,
          endColumn: 85,
        },
      ],
    },
  ],
});
