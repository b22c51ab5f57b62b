import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// In a test whose runner reports unhandled rejections, a call dropped on an object whose own
// callbacks settle a deferred the test then awaits (`chat = new Chat({ onFinish: () =>
// finished.resolve() }); chat.sendMessage(…); await finished.promise;`, or a listener registered on
// it) is waited for through that callback: nothing runs past the test, and a rejection is reported
// by the runner. A call on another object is not.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the test waits for the message through the chat's own finish callback
    {
      code: `import { beforeEach, expect, it } from 'vitest';
interface Resolvable {
  promise: Promise<void>;
  resolve(): void;
}
declare function createResolvablePromise(): Resolvable;
class Chat {
  constructor(readonly options: { onFinish: () => void }) {}
  async sendMessage(text: string): Promise<void> {
    if (!text) throw new Error('empty');
    this.options.onFinish();
  }
}
let finished = false;
beforeEach(async () => {
  const finishPromise = createResolvablePromise();
  const chat = new Chat({
    onFinish: () => {
      finished = true;
      finishPromise.resolve();
    },
  });
  chat.sendMessage('Hello');
  await finishPromise.promise;
});
it('finishes', () => {
  expect(finished).toBe(true);
});`,
      filename: 'loud.spec.ts',
    },
    // the test waits through a listener registered on the same object
    {
      code: `import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
class Uploader extends EventEmitter {
  async upload(name: string): Promise<void> {
    if (!name) throw new Error('no name');
    this.emit('done', name);
  }
}
it('announces the upload', async () => {
  const uploader = new Uploader();
  const done = Promise.withResolvers<string>();
  uploader.on('done', (name: string) => done.resolve(name));
  uploader.upload('photo.png');
  expect(await done.promise).toBe('photo.png');
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the deferred is settled by another object's callback, not by the one whose call is dropped
    {
      code: `import { expect, it } from 'vitest';
interface Resolvable {
  promise: Promise<void>;
  resolve(): void;
}
declare function createResolvablePromise(): Resolvable;
declare const mailer: { send(to: string): Promise<void> };
class Chat {
  constructor(readonly options: { onFinish: () => void }) {}
  async sendMessage(text: string): Promise<void> {
    if (!text) throw new Error('empty');
    this.options.onFinish();
  }
}
it('finishes', async () => {
  const finishPromise = createResolvablePromise();
  const chat = new Chat({ onFinish: () => finishPromise.resolve() });
  mailer.send('ops@example.com');
  await chat.sendMessage('Hello');
  await finishPromise.promise;
  expect(true).toBe(true);
});`,
      filename: 'loud.spec.ts',
      errors: [
        {
          messageId: 'floating',
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
interface Resolvable {
  promise: Promise<void>;
  resolve(): void;
}
declare function createResolvablePromise(): Resolvable;
declare const mailer: { send(to: string): Promise<void> };
class Chat {
  constructor(readonly options: { onFinish: () => void }) {}
  async sendMessage(text: string): Promise<void> {
    if (!text) throw new Error('empty');
    this.options.onFinish();
  }
}
it('finishes', async () => {
  const finishPromise = createResolvablePromise();
  const chat = new Chat({ onFinish: () => finishPromise.resolve() });
  mailer.send('ops@example.com').catch((error: unknown) => { console.error(error); });
  await chat.sendMessage('Hello');
  await finishPromise.promise;
  expect(true).toBe(true);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
interface Resolvable {
  promise: Promise<void>;
  resolve(): void;
}
declare function createResolvablePromise(): Resolvable;
declare const mailer: { send(to: string): Promise<void> };
class Chat {
  constructor(readonly options: { onFinish: () => void }) {}
  async sendMessage(text: string): Promise<void> {
    if (!text) throw new Error('empty');
    this.options.onFinish();
  }
}
it('finishes', async () => {
  const finishPromise = createResolvablePromise();
  const chat = new Chat({ onFinish: () => finishPromise.resolve() });
  void mailer.send('ops@example.com');
  await chat.sendMessage('Hello');
  await finishPromise.promise;
  expect(true).toBe(true);
});`,
            },
          ],
        },
      ],
    },
  ],
});
