import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// In a test, a `catch` that keeps the error in an outer local is looking at the abort only when a
// later assertion reads that local (`assert.equal(caught?.name, 'AbortError')`). A retry helper
// written in the test file that keeps the last error only to wrap it (`{ cause: lastErr }`) goes on
// after an abort like any retry loop does.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the test catches the abort to assert on it
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare function openGate(gate: string, signal: AbortSignal): Promise<void>;
test('an aborted opening stops the gate', async () => {
  const controller = new AbortController();
  controller.abort();
  let caught: unknown;
  try {
    await openGate('upper', controller.signal);
  } catch (error) {
    caught = error;
  }
  assert.equal((caught as Error).name, 'AbortError');
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the helper keeps the last error only to wrap it, and retries after an abort
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare function openGate(gate: string, signal: AbortSignal): Promise<number>;
async function openWithRetry(gate: string, signal: AbortSignal, attempts = 3): Promise<number> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await openGate(gate, signal);
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(\`gate \${gate} did not open\`, { cause: lastError });
}
test('opens the upper gate', async () => {
  assert.equal(await openWithRetry('upper', new AbortController().signal), 100);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 12,
          suggestions: [],
        },
      ],
    },
  ],
});
