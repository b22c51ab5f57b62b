import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A list of step records whose same key holds callbacks that start work (`run: (k) => k.fuse()`):
// the one record whose callback hands back a method uncalled (`run: (k) => k.anneal`) has lost its
// call. Records that all hand back functions hold functions on purpose.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // Every record picks a method to call later.
    `interface Kiln {
  preheat(c: number): Promise<void>;
  anneal(): Promise<void>;
}
interface Step {
  name: string;
  pick: (kiln: Kiln) => unknown;
}
// Every record hands back a method to be called later: the table holds functions on purpose.
export const steps: Step[] = [
  { name: 'preheat', pick: (k) => k.preheat },
  { name: 'anneal', pick: (k) => k.anneal },
];`,
  ],
  invalid: [
    // The anneal step returns the method instead of its promise.
    {
      code: `interface Kiln {
  preheat(c: number): Promise<void>;
  anneal(): Promise<void>;
  coolTo(c: number): Promise<void>;
}
interface Step {
  name: string;
  run: (kiln: Kiln) => unknown;
}
const steps: Step[] = [
  { name: 'preheat', run: (k) => k.preheat(540) },
  { name: 'anneal', run: (k) => k.anneal },
  { name: 'cool', run: (k) => k.coolTo(38) },
];
export async function fire(kiln: Kiln): Promise<void> {
  for (const step of steps) await step.run(kiln);
}`,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 12,
          column: 33,
          endLine: 12,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `interface Kiln {
  preheat(c: number): Promise<void>;
  anneal(): Promise<void>;
  coolTo(c: number): Promise<void>;
}
interface Step {
  name: string;
  run: (kiln: Kiln) => unknown;
}
const steps: Step[] = [
  { name: 'preheat', run: (k) => k.preheat(540) },
  { name: 'anneal', run: (k) => k.anneal() },
  { name: 'cool', run: (k) => k.coolTo(38) },
];
export async function fire(kiln: Kiln): Promise<void> {
  for (const step of steps) await step.run(kiln);
}`,
            },
          ],
        },
      ],
    },
  ],
});
