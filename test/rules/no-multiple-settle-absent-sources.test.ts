import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Waiting for an event that has no source: a resolve-only executor that leaves when the value it
// would listen on is absent makes a promise that never settles without it, by contract.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // "resolves once the signal aborts; never without one"
    `/** Resolves once \`signal\` aborts; never without one. */
export function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}`,
  ],
  invalid: [
    // with a `reject` in hand, leaving when the socket is missing forgets to report it
    {
      code: `import type { Socket } from 'node:net';
export function connected(socket: Socket | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!socket) return;
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
}`,
      errors: [
        {
          messageId: 'neverSettles',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    // the value tested is not what the executor waits on
    {
      code: `import { EventEmitter } from 'node:events';
export function finished(jobs: EventEmitter, ready: boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!ready) return;
    jobs.once('drained', () => resolve());
  });
}`,
      errors: [
        {
          messageId: 'neverSettles',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
  ],
});
