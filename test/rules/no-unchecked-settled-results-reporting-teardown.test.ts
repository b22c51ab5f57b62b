import rule from '../../rules/no-unchecked-settled-results.js';
import { typedRuleTester } from '../rule-tester.js';

// A function named for stopping things waits on its best-effort work without looking only when it
// hands nothing back: `cancelPerformance` reporting `{ refunded }` to its caller has someone to tell
// of the refunds that failed.
typedRuleTester().run('no-unchecked-settled-results', rule, {
  valid: [
    // a close that hands nothing back waits for every client to stop, whatever fails
    `interface Client {
  flush(): Promise<void>;
}
export async function closeAll(clients: Client[]): Promise<void> {
  await Promise.allSettled(clients.map((client) => client.flush()));
}`,
  ],
  invalid: [
    // a cancel operation that reports its refunds back, having never looked at them
    {
      code: `interface Order {
  id: string;
  paymentId: string;
  totalCents: number;
}
interface Payments {
  refund(paymentId: string, cents: number): Promise<{ refundId: string }>;
}
export async function cancelPerformance(payments: Payments, orders: Order[]): Promise<{ refunded: number }> {
  await Promise.allSettled(orders.map((order) => payments.refund(order.paymentId, order.totalCents)));
  return { refunded: orders.length };
}`,
      errors: [
        {
          messageId: 'discardedResults',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'suggestThrowOnRejection',
              output: `interface Order {
  id: string;
  paymentId: string;
  totalCents: number;
}
interface Payments {
  refund(paymentId: string, cents: number): Promise<{ refundId: string }>;
}
export async function cancelPerformance(payments: Payments, orders: Order[]): Promise<{ refunded: number }> {
  const results = await Promise.allSettled(orders.map((order) => payments.refund(order.paymentId, order.totalCents)));
  const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'Promise.allSettled: some operations failed');
  return { refunded: orders.length };
}`,
            },
          ],
        },
      ],
    },
  ],
});
