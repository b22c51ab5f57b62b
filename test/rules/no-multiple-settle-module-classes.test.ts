import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A class written at the top of a test file as the code under test is judged as that module: a
// deadline timer its method never clears after the result arrives still fires and rejects late.
// A test double (`FakeAssayDevice`) stays test code.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the same timer in a class named as a double is test code
    {
      code: `import { expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
class FakeAssayRunner {
  constructor(private readonly device: EventEmitter) {}
  run(sample: string, timeoutMs = 1_000): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      setTimeout(() => reject(new Error(\`assay \${sample} timed out\`)), timeoutMs);
      this.device.once('result', (value: number) => resolve(value));
    });
  }
}
it('reads a result', async () => {
  const device = new EventEmitter();
  const pending = new FakeAssayRunner(device).run('venom-7', 50);
  device.emit('result', 3);
  expect(await pending).toBe(3);
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the runner under test never clears its deadline once the result is in
    {
      code: `import { expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
class AssayRunner {
  constructor(private readonly device: EventEmitter) {}
  run(sample: string, timeoutMs = 1_000): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      setTimeout(() => {
        this.device.emit('abort', sample);
        reject(new Error(\`assay \${sample} timed out\`));
      }, timeoutMs);
      this.device.once('result', (value: number) => resolve(value));
    });
  }
}
it('reads a result', async () => {
  const device = new EventEmitter();
  const pending = new AssayRunner(device).run('venom-7', 50);
  device.emit('result', 3);
  expect(await pending).toBe(3);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'lingeringTimer',
          line: 7,
          column: 7,
          endLine: 10,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestClearTimer',
              output: `import { expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
class AssayRunner {
  constructor(private readonly device: EventEmitter) {}
  run(sample: string, timeoutMs = 1_000): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.device.emit('abort', sample);
        reject(new Error(\`assay \${sample} timed out\`));
      }, timeoutMs);
      this.device.once('result', (value: number) => { clearTimeout(timer); resolve(value); });
    });
  }
}
it('reads a result', async () => {
  const device = new EventEmitter();
  const pending = new AssayRunner(device).run('venom-7', 50);
  device.emit('result', 3);
  expect(await pending).toBe(3);
});`,
            },
          ],
        },
      ],
    },
  ],
});
