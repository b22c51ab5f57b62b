import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A promise's reaction inside an executor (`p.then(onFulfilled, onRejected)`, `p.catch(h)`) runs at
// most once, and of a `then`'s two only one runs. When it is the only way its outcome settles, each
// of its paths must settle, or hand on a function of the executor that settles (`setTimeout(poll,
// ms)`). In test code a reaction's missing path shows as the runner's own failure, and is left alone.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // every status either settles or polls again
    `type Status = 'pending' | 'approved' | 'rejected';
declare const permits: { status(id: string): Promise<Status> };
export function approval(id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = () => {
      permits.status(id).then(
        (status) => {
          if (status === 'pending') {
            setTimeout(poll, 1000);
            return;
          }
          if (status === 'approved') resolve();
          else reject(new Error(\`permit \${id} \${status}\`));
        },
        (error: unknown) => reject(error),
      );
    };
    poll();
  });
}`,
    // a timer settles too, so the reaction is not the only way out
    `declare const scale: { weigh(bin: string): Promise<number> };
export function settledWeight(bin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('scale timed out')), 5000);
    scale.weigh(bin).then((grams) => {
      if (grams > 0) {
        clearTimeout(timer);
        resolve(grams);
      }
    });
  });
}`,
    // in a test, a reaction that settles only on success shows a failure as the test's timeout
    `import { it, expect } from 'vitest';
declare const kiln: { fire(batch: string): Promise<{ ok: boolean }> };
it('fires the batch', async () => {
  const fired = await new Promise<boolean>((resolve) => {
    kiln.fire('b-12').then((result) => {
      if (result.ok) resolve(true);
    });
  });
  expect(fired).toBe(true);
});`,
  ],
  invalid: [
    // a withdrawn permit stops the polling but settles nothing
    {
      code: `type Status = 'pending' | 'approved' | 'rejected' | 'withdrawn';
declare const permits: { status(id: string): Promise<Status> };
export function approval(id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = () => {
      permits.status(id).then(
        (status) => {
          if (status === 'pending') {
            setTimeout(poll, 1000);
            return;
          }
          if (status === 'approved') resolve();
          else if (status === 'rejected') reject(new Error(\`permit \${id} rejected\`));
        },
        (error: unknown) => reject(error),
      );
    };
    poll();
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    // a reading that is not ok leaves the promise pending
    {
      code: `declare const gauge: { read(id: string): Promise<{ ok: boolean; value: number }> };
export function reading(id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    gauge.read(id).then((r) => {
      if (r.ok) resolve(r.value);
    }, reject);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
  ],
});
