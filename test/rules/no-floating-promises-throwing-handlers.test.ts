import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// A handler that throws on purpose handles nothing: the promise the chain returns rejects with
// that error. Only a `throw` statement that leaves a handler written in place counts.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the throw is caught inside the handler
    `declare function send(message: string): Promise<void>;
declare function report(error: unknown): void;
declare const log: { error(message: string, error: unknown): void };
export function notify(message: string): void {
  send(message).catch((error: unknown) => {
    try {
      report(error);
      throw error;
    } catch (inner) {
      log.error('report failed', inner);
    }
  });
}`,
    // the throw is in a timer the handler starts: an uncaught exception on purpose, not a rejection of this chain
    `declare function send(message: string): Promise<void>;
declare function report(error: unknown): void;
declare const log: { error(message: string, error: unknown): void };
export function notify(message: string): void {
  send(message).catch((error: unknown) => {
    setTimeout(() => {
      throw error;
    });
  });
}`,
    // a later handler catches what the first one rethrows
    `declare function send(message: string): Promise<void>;
declare function report(error: unknown): void;
declare const log: { error(message: string, error: unknown): void };
export function notify(message: string): void {
  send(message)
    .catch((error: unknown) => {
      log.error('send failed', error);
      throw error;
    })
    .catch((error: unknown) => log.error('again', error));
}`,
    // the chain is returned: the caller handles the rethrow
    `declare function send(message: string): Promise<void>;
declare function report(error: unknown): void;
declare const log: { error(message: string, error: unknown): void };
export function relay(message: string): Promise<void> {
  return send(message).catch((error: unknown) => {
    log.error('send failed', error);
    throw error;
  });
}`,
    // the chain is awaited
    `declare function send(message: string): Promise<void>;
declare function report(error: unknown): void;
declare const log: { error(message: string, error: unknown): void };
export async function deliver(message: string): Promise<void> {
  await send(message).then(
    () => log.error('sent', message),
    (error: unknown) => {
      throw new Error('delivery failed', { cause: error });
    },
  );
}`,
    // a handler that only calls something that may throw
    `declare function send(message: string): Promise<void>;
declare function report(error: unknown): void;
declare const log: { error(message: string, error: unknown): void };
export function notify(message: string): void {
  send(message).catch((error: unknown) => report(error));
}`,
  ],
  invalid: [
    // a rethrow after logging
    {
      code: `declare function send(message: string): Promise<void>;
declare const log: { error(message: string, error: unknown): void };
export function notify(message: string): void {
  send(message).catch((error: unknown) => {
    log.error('send failed', error);
    throw error;
  });
}`,
      errors: [
        {
          messageId: 'throwingHandler',
          line: 4,
          column: 3,
          endLine: 7,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare function send(message: string): Promise<void>;
declare const log: { error(message: string, error: unknown): void };
export function notify(message: string): void {
  send(message).catch((error: unknown) => {
    log.error('send failed', error);
    throw error;
  }).catch((error: unknown) => { console.error(error); });
}`,
            },
          ],
        },
      ],
    },
    // a test's expected-rejection check, neither awaited nor returned
    {
      code: `declare function getProfile(id: string): Promise<{ id: string }>;
declare function check(value: unknown): void;
export function expectMissing(): void {
  getProfile('missing').then(
    () => {
      throw new Error('expected getProfile to reject');
    },
    (error: unknown) => check(error),
  );
}`,
      errors: [
        {
          messageId: 'throwingHandler',
          line: 4,
          column: 3,
          endLine: 9,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare function getProfile(id: string): Promise<{ id: string }>;
declare function check(value: unknown): void;
export function expectMissing(): void {
  getProfile('missing').then(
    () => {
      throw new Error('expected getProfile to reject');
    },
    (error: unknown) => check(error),
  ).catch((error: unknown) => { console.error(error); });
}`,
            },
          ],
        },
      ],
    },
    // a filter that passes other errors on
    {
      code: `declare function poll(signal: AbortSignal): Promise<void>;
export async function start(signal: AbortSignal): Promise<void> {
  poll(signal).catch((error: unknown) => {
    if (error instanceof Error && error.name === 'AbortError') return;
    throw error;
  });
}`,
      errors: [
        {
          messageId: 'throwingHandler',
          line: 3,
          column: 3,
          endLine: 6,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'suggestCatch',
              data: { channel: '`console.error`' },
              output: `declare function poll(signal: AbortSignal): Promise<void>;
export async function start(signal: AbortSignal): Promise<void> {
  poll(signal).catch((error: unknown) => {
    if (error instanceof Error && error.name === 'AbortError') return;
    throw error;
  }).catch((error: unknown) => { console.error(error); });
}`,
            },
          ],
        },
      ],
    },
  ],
});
