import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// An EventEmitter built with `{ captureRejections: true }` watches its async listeners' promises:
// a rejection goes to `[Symbol.for('nodejs.rejection')]` or the `error` event.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // through `super({ captureRejections: true })`, and a `const` emitter built with the option
    `import { EventEmitter } from 'node:events';
declare function deliver(url: string): Promise<void>;
export class Dispatcher extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
    this.on('delivery', async (url: string) => {
      await deliver(url);
    });
  }
  [Symbol.for('nodejs.rejection')](error: unknown): void {
    console.error('delivery failed', error);
  }
}
export const jobs = new EventEmitter({ captureRejections: true });
jobs.on('job', async (url: string) => {
  await deliver(url);
});`,
  ],
  invalid: [
    // a plain emitter drops the listener's promise
    {
      code: `import { EventEmitter } from 'node:events';
declare function deliver(url: string): Promise<void>;
export const jobs = new EventEmitter();
jobs.on('job', async (url: string) => {
  await deliver(url);
});`,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 4,
          column: 16,
          endLine: 6,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              data: { channel: 'the `error` event of `jobs`' },
              output: `import { EventEmitter } from 'node:events';
declare function deliver(url: string): Promise<void>;
export const jobs = new EventEmitter();
jobs.on('job', async (url: string) => {
  try {
    await deliver(url);
  } catch (error: unknown) {
    jobs.emit('error', error);
  }
});`,
            },
          ],
        },
      ],
    },
  ],
});
