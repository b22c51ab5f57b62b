import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A function declared at the top of a test file that the file's tests are about (a `describe`
// title starts with its name, or such a function calls it) is the code under test written there,
// and is judged as the module it stands for. A helper the tests use while testing something else
// stays test code.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // a wait helper of tests about the scale class: test code, where a leftover timer is the runner's business
    {
      code: `import { describe, it, expect } from 'vitest';
import { EventEmitter } from 'node:events';
class Scale extends EventEmitter {
  weigh(bird: string): void {
    setTimeout(() => this.emit('weighed', bird), 5);
  }
}
function waitForWeighIn(scale: Scale, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    scale.once('weighed', resolve);
    setTimeout(() => reject(new Error('no weigh-in')), timeoutMs);
  });
}
describe('Scale', () => {
  it('reports a weigh-in', async () => {
    const scale = new Scale();
    const pending = waitForWeighIn(scale, 100);
    scale.weigh('kestrel');
    expect(await pending).toBe('kestrel');
  });
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the tests are about spinUp, written at the top of the file: its deadline timer is never cleared
    {
      code: `import { describe, it, expect } from 'vitest';
declare const motor: { readRpm(): number };
function spinUp(targetRpm: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const rpm = motor.readRpm();
      if (rpm >= targetRpm) {
        clearInterval(poll);
        resolve(rpm);
      }
    }, 50);
    setTimeout(() => {
      clearInterval(poll);
      reject(new Error('too slow'));
    }, timeoutMs);
  });
}
describe('spinUp', () => {
  it('reaches the target', async () => {
    await expect(spinUp(1200, 5000)).resolves.toBeGreaterThanOrEqual(1200);
  });
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'heldTimer',
          line: 12,
          column: 5,
          endLine: 15,
          endColumn: 18,
          suggestions: [],
        },
      ],
    },
  ],
});
