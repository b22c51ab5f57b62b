import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A callee of this program that reads its signal parameter only in `catch` clauses uses it to
// tell a caller's abort from other failures after the work failed: it cancels nothing with it,
// so a call that leaves it out stops nothing less. A callee that passes the signal on, or checks
// it before the work, is still owed the signal.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // the operation wrapper only classifies failures with its signal
    `async function runOperation<T>(endpoint: string, action: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (signal?.aborted && error === signal.reason) throw error;
    throw new Error(\`\${endpoint}: operation failed\`, { cause: error });
  }
}
declare const session: { reconnect(): Promise<boolean> };
export async function recover(endpoint: string, options: { signal?: AbortSignal }): Promise<boolean> {
  options.signal?.throwIfAborted();
  return runOperation(endpoint, () => session.reconnect());
}`,
  ],
  invalid: [
    // this wrapper hands the signal to the work too, so leaving it out keeps the work running
    {
      code: `async function runOperation(endpoint: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(endpoint, { signal });
  } catch (error) {
    if (signal?.aborted && error === signal.reason) throw error;
    throw new Error(\`\${endpoint}: operation failed\`, { cause: error });
  }
}
export async function recover(endpoint: string, options: { signal?: AbortSignal }): Promise<Response> {
  options.signal?.throwIfAborted();
  return runOperation(endpoint);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 11,
          column: 10,
          endLine: 11,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `async function runOperation(endpoint: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(endpoint, { signal });
  } catch (error) {
    if (signal?.aborted && error === signal.reason) throw error;
    throw new Error(\`\${endpoint}: operation failed\`, { cause: error });
  }
}
export async function recover(endpoint: string, options: { signal?: AbortSignal }): Promise<Response> {
  options.signal?.throwIfAborted();
  return runOperation(endpoint, options.signal);
}`,
            },
          ],
        },
      ],
    },
  ],
});
