import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A local array of started work holding one uncalled method (`[this.rotate(now), this.recalibrate]`)
// that goes only to a combinator is still work meant to be called when the code also counts the
// tasks (`tasks: nightly.length`): reading `length` hands no element over.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // every task is called; the count goes to the log line
    `declare const vault: { rotate(now: Date): Promise<void>; recalibrate(): Promise<void>; log(event: string, detail: object): Promise<void> };
export async function nightly(now: Date): Promise<void> {
  const tasks = [vault.rotate(now), vault.recalibrate()];
  await Promise.all(tasks);
  await vault.log('nightly-complete', { tasks: tasks.length });
}`,
  ],
  invalid: [
    // the recalibration is named, not called, beside started work; the count reads no element
    {
      code: `export class NightlyTasks {
  constructor(private readonly log: (event: string, detail: object) => Promise<void>) {}
  private async rotateTrays(now: Date): Promise<void> {
    await this.log('rotated', { at: now.toISOString() });
  }
  private async recalibrate(): Promise<void> {
    await this.log('recalibrated', {});
  }
  async run(now: Date): Promise<void> {
    const nightly = [this.rotateTrays(now), this.recalibrate];
    await Promise.all(nightly);
    await this.log('nightly-complete', { tasks: nightly.length });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `export class NightlyTasks {
  constructor(private readonly log: (event: string, detail: object) => Promise<void>) {}
  private async rotateTrays(now: Date): Promise<void> {
    await this.log('rotated', { at: now.toISOString() });
  }
  private async recalibrate(): Promise<void> {
    await this.log('recalibrated', {});
  }
  async run(now: Date): Promise<void> {
    const nightly = [this.rotateTrays(now), this.recalibrate()];
    await Promise.all(nightly);
    await this.log('nightly-complete', { tasks: nightly.length });
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
