import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// A construction handed the caught error keeps the abort only if the class keeps it: a program's
// own error class whose constructor reads nothing of the error but its message (or its text) loses
// the abort, as `new Error('failed')` does. A class that stores the error, or its name, keeps it.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the fault class keeps the error it is handed, and its name
    `export class MistingFault extends Error {
  readonly original: unknown;
  constructor(chamberId: string, cause: unknown) {
    super(\`misting fault in \${chamberId}\`);
    this.original = cause;
    this.name = cause instanceof Error && cause.name === 'AbortError' ? 'AbortError' : 'MistingFault';
  }
}
declare const valve: { pulse(id: string, opts: { signal: AbortSignal }): Promise<void> };
export async function runCycle(chamberId: string, signal: AbortSignal): Promise<void> {
  try {
    await valve.pulse(chamberId, { signal });
  } catch (err) {
    throw new MistingFault(chamberId, err);
  }
}`,
  ],
  invalid: [
    // the fault class takes the error only for its message, so the abort is gone
    {
      code: `export class MistingFault extends Error {
  constructor(chamberId: string, cause: unknown) {
    super(\`misting fault in \${chamberId}: \${cause instanceof Error ? cause.message : String(cause)}\`);
    this.name = 'MistingFault';
  }
}
declare const valve: { pulse(id: string, opts: { signal: AbortSignal }): Promise<void> };
export async function runCycle(chamberId: string, signal: AbortSignal): Promise<void> {
  try {
    await valve.pulse(chamberId, { signal });
  } catch (err) {
    throw new MistingFault(chamberId, err);
  }
}`,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `export class MistingFault extends Error {
  constructor(chamberId: string, cause: unknown) {
    super(\`misting fault in \${chamberId}: \${cause instanceof Error ? cause.message : String(cause)}\`);
    this.name = 'MistingFault';
  }
}
declare const valve: { pulse(id: string, opts: { signal: AbortSignal }): Promise<void> };
export async function runCycle(chamberId: string, signal: AbortSignal): Promise<void> {
  try {
    await valve.pulse(chamberId, { signal });
  } catch (err) {
    signal.throwIfAborted();
    throw new MistingFault(chamberId, err);
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export class MistingFault extends Error {
  constructor(chamberId: string, cause: unknown) {
    super(\`misting fault in \${chamberId}: \${cause instanceof Error ? cause.message : String(cause)}\`);
    this.name = 'MistingFault';
  }
}
declare const valve: { pulse(id: string, opts: { signal: AbortSignal }): Promise<void> };
export async function runCycle(chamberId: string, signal: AbortSignal): Promise<void> {
  try {
    await valve.pulse(chamberId, { signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new MistingFault(chamberId, err);
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
