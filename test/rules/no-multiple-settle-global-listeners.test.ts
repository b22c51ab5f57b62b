import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A listener registered on the global scope (`addEventListener('message', …, { once: true })` in a
// worker) runs as the same registration on an object would: once with `{ once: true }`. Its
// `resolve` does not run again; but a first message of another type uses the one run up and
// settles nothing, so a once-listener that filters by type leaves the promise pending.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the worker waits for its first message, once
    `export function firstMessage(): Promise<unknown> {
  return new Promise((resolve) => {
    addEventListener('message', (event: MessageEvent<unknown>) => resolve(event.data), { once: true });
  });
}`,
  ],
  invalid: [
    // a first message of another type takes the one run, and the options never arrive
    {
      code: `interface InitMessage {
  type: string;
  options: { dataDir: string };
}
export function waitForInit(): Promise<{ dataDir: string }> {
  return new Promise((resolve) => {
    addEventListener(
      'message',
      (event: MessageEvent<InitMessage>) => {
        if (event.data.type === 'init') resolve(event.data.options);
      },
      { once: true },
    );
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 9,
          column: 42,
          endLine: 9,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
  ],
});
