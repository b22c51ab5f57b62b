import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

// A racing function that waits, in a contender written for the race, for the `abort` of a signal
// it is handed leaves that listener on the signal whenever the work wins. When a caller of the file
// hands it a signal that outlives the call (a field, a module value), one more listener piles up on
// each call. A caller's own signal, handed on once, goes away with the call.
typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // the caller hands on its own signal, which goes away with the call
    `function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const stopped = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  return Promise.race([work, stopped]);
}
declare function lookUpSlack(wreck: string): Promise<number>;
export async function slackFor(wreck: string, signal: AbortSignal): Promise<number> {
  return untilAborted(lookUpSlack(wreck), signal);
}`,
    // the racing function takes its listener off once the race settles
    `class Gateway {
  constructor(private readonly shutdown: AbortSignal) {}
  async next(work: Promise<number>): Promise<number> {
    return untilShutdown(work, this.shutdown);
  }
}
async function untilShutdown<T>(work: Promise<T>, shutdown: AbortSignal): Promise<T> {
  let onAbort = (): void => undefined;
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(shutdown.reason);
    shutdown.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, stopped]);
  } finally {
    shutdown.removeEventListener('abort', onAbort);
  }
}`,
  ],
  invalid: [
    // the class hands the racing function its long-lived shutdown signal on every lookup
    {
      code: `class Gateway {
  constructor(private readonly shutdown: AbortSignal) {}
  async next(work: Promise<number>): Promise<number> {
    return untilShutdown(work, this.shutdown);
  }
}
function untilShutdown<T>(work: Promise<T>, shutdown: AbortSignal): Promise<T> {
  const stopped = new Promise<never>((_, reject) => {
    shutdown.addEventListener('abort', () => reject(shutdown.reason), { once: true });
  });
  return Promise.race([work, stopped]);
}`,
      output: null,
      errors: [
        {
          messageId: 'leakedListeners',
          line: 11,
          column: 30,
          endLine: 11,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    // a module's signal handed to the racing function
    {
      code: `const closing = new AbortController();
export function close(): void {
  closing.abort();
}
function orClosed<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const closed = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('closed')), { once: true });
  });
  return Promise.race([work, closed]);
}
declare function readDial(id: string): Promise<number>;
export async function dial(id: string): Promise<number> {
  return orClosed(readDial(id), closing.signal);
}`,
      output: null,
      errors: [
        {
          messageId: 'leakedListeners',
          line: 9,
          column: 30,
          endLine: 9,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
  ],
});
