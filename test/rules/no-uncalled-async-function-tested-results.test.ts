import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A callback handed to a function of the file that tests what the callback gives back
// (`while (!(await check()))`) is meant to give a value: handing back a method uncalled
// (`waitFor(() => line.isIdle)`) makes the test always pass. A helper that calls what it is given,
// and a check that calls the method, are fine.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // the helper calls what the factory hands back, so a function is meant
    `class Line {
  async flush(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
async function runStep(make: () => () => Promise<void>): Promise<void> {
  const step = make();
  await step();
}
export async function drain(line: Line): Promise<void> {
  await runStep(() => () => line.flush());
}`,
    // the check calls the method, and the wait tests its answer
    `class Line {
  private queue: string[] = [];
  async isIdle(): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return this.queue.length === 0;
  }
}
async function waitFor(check: () => unknown): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
}
export async function drain(line: Line): Promise<void> {
  await waitFor(() => line.isIdle());
}`,
  ],
  invalid: [
    // the wait's check hands back the method, always truthy, so the wait ends at once
    {
      code: `class Line {
  private queue: string[] = [];
  async isIdle(): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return this.queue.length === 0;
  }
}
async function waitFor(check: () => unknown): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
}
export async function drain(line: Line): Promise<void> {
  await waitFor(() => line.isIdle);
}`,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 12,
          column: 23,
          endLine: 12,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `class Line {
  private queue: string[] = [];
  async isIdle(): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return this.queue.length === 0;
  }
}
async function waitFor(check: () => unknown): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
}
export async function drain(line: Line): Promise<void> {
  await waitFor(() => line.isIdle());
}`,
            },
          ],
        },
      ],
    },
  ],
});
