import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// An interval whose callback clears it on the branch that resolves, but settles the promise on
// another branch that clears nothing (`if (withdrawn) reject(…)`), keeps polling for good once the
// promise has settled: the process is held by a timer nobody waits for. A clear on every settling
// branch, or after the branches, stops it.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // every branch that settles clears the interval first
    `interface Slot {
  state: 'free' | 'held' | 'withdrawn';
}
declare function peek(id: string): Slot | undefined;
export function waitUntilFree(id: string): Promise<Slot> {
  return new Promise<Slot>((resolve, reject) => {
    const poll = setInterval(() => {
      const slot = peek(id);
      if (slot?.state === 'free') {
        clearInterval(poll);
        resolve(slot);
      } else if (slot?.state === 'withdrawn') {
        clearInterval(poll);
        reject(new Error(\`\${id} was withdrawn\`));
      }
    }, 5_000);
  });
}`,
    // the clear runs after the branches, on every path that settles
    `interface Slot {
  state: 'free' | 'held' | 'withdrawn';
}
declare function peek(id: string): Slot | undefined;
export function waitUntilSettled(id: string): Promise<Slot> {
  return new Promise<Slot>((resolve, reject) => {
    const poll = setInterval(() => {
      const slot = peek(id);
      if (!slot || slot.state === 'held') return;
      if (slot.state === 'free') resolve(slot);
      else reject(new Error(\`\${id} was withdrawn\`));
      clearInterval(poll);
    }, 5_000);
  });
}`,
  ],
  invalid: [
    // the withdrawn branch rejects without clearing the interval, which then polls for good
    {
      code: `interface Slot {
  state: 'free' | 'held' | 'withdrawn';
}
declare function peek(id: string): Slot | undefined;
export function waitUntilFree(id: string): Promise<Slot> {
  return new Promise<Slot>((resolve, reject) => {
    const poll = setInterval(() => {
      const slot = peek(id);
      if (slot?.state === 'free') {
        clearInterval(poll);
        resolve(slot);
        return;
      }
      if (slot?.state === 'withdrawn') {
        reject(new Error(\`\${id} was withdrawn\`));
      }
    }, 5_000);
  });
}`,
      errors: [
        {
          messageId: 'leakedInterval',
          line: 7,
          column: 18,
          endLine: 17,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestClearTimer',
              output: `interface Slot {
  state: 'free' | 'held' | 'withdrawn';
}
declare function peek(id: string): Slot | undefined;
export function waitUntilFree(id: string): Promise<Slot> {
  return new Promise<Slot>((resolve, reject) => {
    const poll = setInterval(() => {
      const slot = peek(id);
      if (slot?.state === 'free') {
        clearInterval(poll);
        resolve(slot);
        return;
      }
      if (slot?.state === 'withdrawn') {
        clearInterval(poll);
        reject(new Error(\`\${id} was withdrawn\`));
      }
    }, 5_000);
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
