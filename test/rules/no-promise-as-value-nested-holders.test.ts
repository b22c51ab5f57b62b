import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

// A local built from an object literal and nested in an argument literal, in a slot typed to take
// anything (`data: Record<string, unknown>`), hands every value in it on: a promise stored there
// reaches the mailer as `{}` instead of the date it resolves to. Awaiting it first is the look-alike.
typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // the ship date is awaited before it goes into the payload
    `interface Mailer {
  send(message: { to: string; template: string; data: Record<string, unknown> }): Promise<void>;
}
declare function estimateShipDate(order: string): Promise<string>;
export async function confirm(mailer: Mailer, order: string, to: string): Promise<void> {
  const payload = { order, shipDate: await estimateShipDate(order) };
  await mailer.send({ to, template: 'order-confirmed', data: payload });
}`,
  ],
  invalid: [
    // the payload carries the estimate's promise into the mail data
    {
      code: `interface Mailer {
  send(message: { to: string; template: string; data: Record<string, unknown> }): Promise<void>;
}
declare function estimateShipDate(order: string): Promise<string>;
export async function confirm(mailer: Mailer, order: string, to: string): Promise<void> {
  const payload = { order, shipDate: estimateShipDate(order) };
  await mailer.send({ to, template: 'order-confirmed', data: payload });
}`,
      output: null,
      errors: [
        {
          messageId: 'storedPromise',
          line: 6,
          column: 38,
          endLine: 6,
          endColumn: 61,
          suggestions: [],
        },
      ],
    },
  ],
});
