import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A timeout whose callback settles through a promise chain (`release(id).then(() => reject(…),
// reject)`) is still the timer that settles: its work (releasing the seats) runs after the
// promise resolved another way unless the timer is cleared there. Settle calls in `.then`/`.catch`
// callbacks belong to the function that made the chain.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // payment clears the expiry timer before committing
    `import type { EventEmitter } from 'node:events';
interface Inventory {
  commit(holdId: string, ref: string): Promise<void>;
  release(holdId: string): Promise<void>;
}
export function awaitPayment(payments: EventEmitter, inventory: Inventory, holdId: string, holdMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onPaid = (ref: string) => {
      clearTimeout(expiry);
      inventory.commit(holdId, ref).then(() => resolve(ref), reject);
    };
    const expiry = setTimeout(() => {
      payments.off(\`paid:\${holdId}\`, onPaid);
      inventory.release(holdId).then(() => reject(new Error(\`hold \${holdId} expired\`)), reject);
    }, holdMs);
    payments.once(\`paid:\${holdId}\`, onPaid);
  });
}`,
  ],
  invalid: [
    // after payment the expiry timer still releases the seats
    {
      code: `import type { EventEmitter } from 'node:events';
interface Inventory {
  commit(holdId: string, ref: string): Promise<void>;
  release(holdId: string): Promise<void>;
}
export function awaitPayment(payments: EventEmitter, inventory: Inventory, holdId: string, holdMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onPaid = (ref: string) => {
      inventory.commit(holdId, ref).then(() => resolve(ref), reject);
    };
    setTimeout(() => {
      payments.off(\`paid:\${holdId}\`, onPaid);
      inventory.release(holdId).then(() => reject(new Error(\`hold \${holdId} expired\`)), reject);
    }, holdMs);
    payments.once(\`paid:\${holdId}\`, onPaid);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'lingeringTimer',
          line: 11,
          column: 5,
          endLine: 14,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
  ],
});
