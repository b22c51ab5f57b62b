import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Waiting for an event that has no source: a resolve-only executor that leaves when the value it
// would listen on is absent makes a promise that never settles without it, by contract.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // An expression-bodied executor waiting on a property's signal.
    `interface Details { signal?: AbortSignal }
export function arrow(req: { signal?: AbortSignal }): Promise<void> {
  return new Promise<void>((resolve) => req.signal?.addEventListener('abort', () => resolve(), { once: true }));
}`,
    // Already aborted or waiting: both settling statements read the signal.
    `interface Details { signal?: AbortSignal }
export async function exporter(signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}`,
    // A signal checked just before, read again through `?.` inside the executor.
    `interface Details { signal?: AbortSignal }
export async function checked(details?: Details): Promise<string> {
  if (!details?.signal) throw new Error('expected a signal');
  if (!details.signal.aborted) {
    await new Promise<void>((resolve) => {
      details.signal?.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  return 'cancelled';
}`,
    // The optional chain is the absent-source contract: resolves once the signal aborts, never without one.
    `interface Details { signal?: AbortSignal }
export async function slowTool(details?: Details): Promise<string> {
  await new Promise<void>((resolve) => {
    details?.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  return 'cancelled';
}`,
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
    // A completion callback handed through an optional chain is no event of the value: the contract is only for listeners.
    {
      code: `interface Res { writeEarlyHints?(hints: Record<string, string>, cb: () => void): void }
interface H3Event { runtime?: { node?: { res?: Res } } }
export function writeEarlyHints(event: H3Event, hints: Record<string, string>): void | Promise<void> {
  if (!event.runtime?.node?.res?.writeEarlyHints) {
    return;
  }
  return new Promise((resolve) => {
    event.runtime?.node?.res?.writeEarlyHints(hints, () => resolve());
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    // One settle does not depend on the signal: without one and not ready, nothing settles.
    {
      code: `interface Details { signal?: AbortSignal }
declare const status: { ready: boolean };
export function partly(details?: Details): Promise<void> {
  return new Promise<void>((resolve) => {
    if (status.ready) {
      resolve();
      return;
    }
    details?.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
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
