import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A pick between calling one method of an object and naming another method of the same object
// (`batches.length > 0 ? this.autoclave.cycle(batches) : this.autoclave.purge`) has lost the named
// one's call, whatever the object: `this` or a field of it. A function written out where the slot
// wants one is fine.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // a handler is picked on purpose where the slot wants a function
    `interface Autoclave {
  cycle(batches: string[]): Promise<{ cycleNo: number }>;
  purge(): Promise<void>;
}
export class Planner {
  constructor(private readonly autoclave: Autoclave) {}
  handlerFor(batches: string[]): (() => Promise<unknown>) | Promise<{ cycleNo: number }> {
    return batches.length > 0 ? this.autoclave.cycle(batches) : () => this.autoclave.purge();
  }
}`,
  ],
  invalid: [
    // the empty branch names the autoclave's purge beside a call of its cycle
    {
      code: `interface Autoclave {
  cycle(batches: string[]): Promise<{ cycleNo: number }>;
  purge(): Promise<void>;
}
type Job = () => unknown;
declare const queue: { add(job: Job): Promise<unknown> };
export class Planner {
  constructor(private readonly autoclave: Autoclave) {}
  async endOfShift(batches: string[]): Promise<void> {
    await queue.add(() => (batches.length > 0 ? this.autoclave.cycle(batches) : this.autoclave.purge));
  }
}`,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 10,
          column: 81,
          endLine: 10,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `interface Autoclave {
  cycle(batches: string[]): Promise<{ cycleNo: number }>;
  purge(): Promise<void>;
}
type Job = () => unknown;
declare const queue: { add(job: Job): Promise<unknown> };
export class Planner {
  constructor(private readonly autoclave: Autoclave) {}
  async endOfShift(batches: string[]): Promise<void> {
    await queue.add(() => (batches.length > 0 ? this.autoclave.cycle(batches) : this.autoclave.purge()));
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
