import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A field a repeating listener writes and tests counts as its stop only on the settle call's path.
// `if (firstAt === undefined) { firstAt = now; return; }` is a first run's bookkeeping on a branch
// that leaves before settling: a `crossing` listener that settles when the laps are done, and
// removes only the fault listener, resolves again on every later lap.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the listener takes itself off when it settles
    `import type { EventEmitter } from 'node:events';
interface Crossing {
  rider: string;
  at: number;
}
export function waitForLaps(loop: EventEmitter, rider: string, laps: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let firstAt: number | undefined;
    let count = 0;
    const onCrossing = (c: Crossing) => {
      if (c.rider !== rider) return;
      if (firstAt === undefined) {
        firstAt = c.at;
        return;
      }
      count += 1;
      if (count >= laps) {
        loop.off('crossing', onCrossing);
        loop.off('fault', onFault);
        resolve(c.at - firstAt);
      }
    };
    const onFault = (error: Error) => {
      loop.off('crossing', onCrossing);
      reject(error);
    };
    loop.on('crossing', onCrossing);
    loop.once('fault', onFault);
  });
}`,
    // a done flag set on the settle's path stops the later laps
    `import type { EventEmitter } from 'node:events';
interface Crossing {
  rider: string;
  at: number;
}
export function waitForLaps(loop: EventEmitter, rider: string, laps: number): Promise<number> {
  return new Promise<number>((resolve) => {
    let done = false;
    let count = 0;
    loop.on('crossing', (c: Crossing) => {
      if (done || c.rider !== rider) return;
      count += 1;
      if (count >= laps) {
        done = true;
        resolve(c.at);
      }
    });
  });
}`,
  ],
  invalid: [
    // the first-lap bookkeeping guards nothing: every lap after the last resolves again
    {
      code: `import type { EventEmitter } from 'node:events';
interface Crossing {
  rider: string;
  at: number;
}
export function waitForLaps(loop: EventEmitter, rider: string, laps: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let firstAt: number | undefined;
    let count = 0;
    const onCrossing = (c: Crossing) => {
      if (c.rider !== rider) return;
      if (firstAt === undefined) {
        firstAt = c.at;
        return;
      }
      count += 1;
      if (count >= laps) {
        loop.off('fault', onFault);
        resolve(c.at - firstAt);
      }
    };
    const onFault = (error: Error) => {
      loop.off('crossing', onCrossing);
      reject(error);
    };
    loop.on('crossing', onCrossing);
    loop.once('fault', onFault);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'repeatedSettle',
          line: 19,
          column: 9,
          endLine: 19,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestOnce',
              output: `import type { EventEmitter } from 'node:events';
interface Crossing {
  rider: string;
  at: number;
}
export function waitForLaps(loop: EventEmitter, rider: string, laps: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let firstAt: number | undefined;
    let count = 0;
    const onCrossing = (c: Crossing) => {
      if (c.rider !== rider) return;
      if (firstAt === undefined) {
        firstAt = c.at;
        return;
      }
      count += 1;
      if (count >= laps) {
        loop.off('fault', onFault);
        resolve(c.at - firstAt);
      }
    };
    const onFault = (error: Error) => {
      loop.off('crossing', onCrossing);
      reject(error);
    };
    loop.once('crossing', onCrossing);
    loop.once('fault', onFault);
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
