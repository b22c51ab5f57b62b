import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A call handed a handle made from the signal (`aborted.event` where `const aborted =
// onAborted(controller.signal)`) waits on the abort itself: passing the signal as well adds nothing.
// Data fetched with the signal is no such handle: the call that stores it still needs the signal.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // The deadline waits on the abort event of its own linked controller.
    `interface Disposable {
  dispose(): void;
}
declare function onAborted(signal: AbortSignal): { event: (listener: () => void) => Disposable } & Disposable;
declare function whenFired(event: (listener: () => void) => Disposable, signal?: AbortSignal): Promise<void>;
export async function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward);
  const timer = setTimeout(forward, ms);
  const aborted = onAborted(controller.signal);
  try {
    return await Promise.race([
      work(controller.signal),
      whenFired(aborted.event).then(() => {
        throw new Error(\`timed out after \${ms} ms\`);
      }),
    ]);
  } finally {
    aborted.dispose();
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}`,
  ],
  invalid: [
    // The response's data came with the signal, but the store call does not get it.
    {
      code: `declare function store(data: unknown, options?: { signal?: AbortSignal }): Promise<void>;
export async function mirror(url: string, signal: AbortSignal): Promise<void> {
  const response = await fetch(url, { signal });
  const body = response.json();
  await store(body);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `declare function store(data: unknown, options?: { signal?: AbortSignal }): Promise<void>;
export async function mirror(url: string, signal: AbortSignal): Promise<void> {
  const response = await fetch(url, { signal });
  const body = response.json();
  await store(body, { signal });
}`,
            },
          ],
        },
      ],
    },
  ],
});
